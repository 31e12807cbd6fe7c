namespace Phone.Normalization;

/// <summary>Why <see cref="PhoneNumberUtil.Parse"/> failed, as in libphonenumber's <c>ErrorType</c>.</summary>
#pragma warning disable CA1707 // Mirrors libphonenumber's member names.
public enum ErrorType
{
    /// <summary>No usable default region and no <c>+</c>, or an unknown calling code after <c>+</c>/IDD.</summary>
    INVALID_COUNTRY_CODE,

    /// <summary>The text does not look like a phone number at all.</summary>
    NOT_A_NUMBER,

    /// <summary>Fewer than three digits after the international prefix.</summary>
    TOO_SHORT_AFTER_IDD,

    /// <summary>Fewer than two digits of national significant number.</summary>
    TOO_SHORT_NSN,

    /// <summary>More than 250 characters of input or more than 17 digits of national significant number.</summary>
    TOO_LONG,
}
#pragma warning restore CA1707
