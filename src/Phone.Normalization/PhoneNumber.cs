namespace Phone.Normalization;

/// <summary>
/// A parsed number, shaped like libphonenumber's <c>PhoneNumber</c>: calling code plus national
/// significant number (NSN) stored as an integer, with the leading zeros Italy-style NSNs need.
/// Use <see cref="PhoneNumberUtil.GetNationalSignificantNumber"/> or
/// <see cref="PhoneNumberUtil.Format"/> to get digits back; never format <see cref="NationalNumber"/> alone.
/// </summary>
public sealed record PhoneNumber
{
    /// <summary>Country calling code, e.g. 44.</summary>
    public int CountryCode { get; init; }

    /// <summary>The NSN as a number (leading zeros are in <see cref="ItalianLeadingZero"/>/<see cref="NumberOfLeadingZeros"/>).</summary>
    public ulong NationalNumber { get; init; }

    /// <summary>Extension digits, or "" when there is none.</summary>
    public string Extension { get; init; } = "";

    /// <summary>True when <see cref="Extension"/> is not empty.</summary>
    public bool HasExtension => Extension.Length > 0;

    /// <summary>True when the NSN starts with a zero that belongs to it (Italian fixed lines).</summary>
    public bool ItalianLeadingZero { get; init; }

    /// <summary>How many leading zeros the NSN has when <see cref="ItalianLeadingZero"/> is set (default 1).</summary>
    public int NumberOfLeadingZeros { get; init; } = 1;

    /// <summary>True when <see cref="NumberOfLeadingZeros"/> was set to something other than the default.</summary>
    public bool HasNumberOfLeadingZeros => NumberOfLeadingZeros != 1;
}
