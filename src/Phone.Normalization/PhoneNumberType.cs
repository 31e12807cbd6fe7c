namespace Phone.Normalization;

/// <summary>Kinds of numbers, as in libphonenumber's <c>PhoneNumberType</c> (same names and order).</summary>
#pragma warning disable CA1707 // Mirrors libphonenumber's member names so a swap changes only usings.
public enum PhoneNumberType
{
    /// <summary>Geographic fixed line.</summary>
    FIXED_LINE,

    /// <summary>Mobile.</summary>
    MOBILE,

    /// <summary>The region cannot tell fixed lines and mobiles apart (US, CA, parts of MX and IN).</summary>
    FIXED_LINE_OR_MOBILE,

    /// <summary>Free for the caller.</summary>
    TOLL_FREE,

    /// <summary>Charged above the normal rate.</summary>
    PREMIUM_RATE,

    /// <summary>Cost shared between caller and recipient.</summary>
    SHARED_COST,

    /// <summary>Voice over IP.</summary>
    VOIP,

    /// <summary>Personal number routed to another phone (UK 070, ...).</summary>
    PERSONAL_NUMBER,

    /// <summary>Pager.</summary>
    PAGER,

    /// <summary>Universal access number (company number routed to its offices).</summary>
    UAN,

    /// <summary>Voicemail access.</summary>
    VOICEMAIL,

    /// <summary>Not a valid number of any type.</summary>
    UNKNOWN,
}
#pragma warning restore CA1707
