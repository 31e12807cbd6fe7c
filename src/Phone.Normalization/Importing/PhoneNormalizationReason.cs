namespace Phone.Normalization.Importing;

/// <summary>Why an input did not become an E.164 number (reference phone-numbers.md, section 8).</summary>
public enum PhoneNormalizationReason
{
    /// <summary>Normalized; <see cref="PhoneNormalizationResult.E164"/> is set.</summary>
    None,

    /// <summary>Nothing usable: empty cell, whitespace, or a placeholder such as "N/A", "-", "none".</summary>
    Empty,

    /// <summary>Excel scientific notation (9.72501E+11): the digits after the first few are lost and cannot be recovered.</summary>
    SpreadsheetMangled,

    /// <summary>Two or more numbers in one cell.</summary>
    MultipleNumbers,

    /// <summary>Not a phone number (letters only, too few digits, junk).</summary>
    NotANumber,

    /// <summary>No "+" and no default region, or an unknown calling code.</summary>
    InvalidCountryCode,

    /// <summary>Too few digits, or a local number that needs its area code.</summary>
    TooShort,

    /// <summary>Too many digits for the region (or more than E.164's 15).</summary>
    TooLong,

    /// <summary>A length the region does not use.</summary>
    InvalidLength,

    /// <summary>Right length, but not in any range assigned in the region.</summary>
    InvalidForRegion,
}
