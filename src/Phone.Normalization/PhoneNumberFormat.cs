namespace Phone.Normalization;

/// <summary>Output layouts, as in libphonenumber's <c>PhoneNumberFormat</c>.</summary>
public enum PhoneNumberFormat
{
    /// <summary><c>+447400123456</c>: plus, calling code, national significant number, nothing else.</summary>
    E164,

    /// <summary><c>+44 7400 123456</c>: the international layout from the metadata.</summary>
    INTERNATIONAL,

    /// <summary><c>07400 123456</c>: the national layout, with the national prefix where the metadata says so.</summary>
    NATIONAL,

    /// <summary><c>tel:+44-7400-123456</c>: RFC 3966 URI.</summary>
    RFC3966,
}
