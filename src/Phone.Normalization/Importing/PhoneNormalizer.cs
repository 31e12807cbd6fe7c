namespace Phone.Normalization.Importing;

/// <summary>
/// What the sender calls for each recipient cell: spreadsheet/Unicode clean-up (ours, on top of
/// libphonenumber), then Google's parse, length check and validation, then E.164. Pure and
/// thread-safe.
/// </summary>
public static class PhoneNormalizer
{
    private const int MaxE164Digits = 15;

    /// <summary>The metadata behind every result, for audit logs: "libphonenumber-js 1.13.16, google-libphonenumber 3.2.47".</summary>
    public static string MetadataVersion =>
        string.Join(", ", PhoneNumberUtil.GetInstance().MetadataSources.Select(s => $"{s.Key} {s.Value}"));

    /// <summary>Normalizes one raw cell to E.164, or says why it cannot be.</summary>
    /// <param name="raw">The cell as read from CSV/Excel/TXT (may be null or empty).</param>
    /// <param name="defaultRegion">ISO 3166 region for numbers written without "+" (the row's country or the list's default); null for none.</param>
    public static PhoneNormalizationResult Normalize(string? raw, string? defaultRegion)
    {
        var verdict = InputCleaner.Clean(raw, out var cleaned, out var warnings);
        switch (verdict)
        {
            case InputCleaner.Verdict.Empty:
                return PhoneNormalizationResult.Failure(PhoneNormalizationReason.Empty, "The phone number is empty.", warnings);
            case InputCleaner.Verdict.ScientificNotation:
                return PhoneNormalizationResult.Failure(
                    PhoneNormalizationReason.SpreadsheetMangled,
                    "The phone number is in scientific notation (like 9.72501E+11): the spreadsheet has already replaced its last " +
                    "digits with zeros, so it cannot be recovered. Format the column as Text and export again.",
                    warnings);
            case InputCleaner.Verdict.MultipleNumbers:
                return PhoneNormalizationResult.Failure(
                    PhoneNormalizationReason.MultipleNumbers, "The cell holds more than one phone number; put one per row.", warnings);
        }

        var util = PhoneNumberUtil.GetInstance();
        // Region codes come from configuration and spreadsheets ("gb", " IL "); Google wants "GB".
        var region = string.IsNullOrWhiteSpace(defaultRegion) ? null : defaultRegion.Trim().ToUpperInvariant();
        if (!util.TryParse(cleaned, region, out var number, out var error, out var parseMessage))
        {
            return PhoneNormalizationResult.Failure(FromParseError(error), parseMessage, warnings);
        }

        if (number.HasExtension)
        {
            warnings |= PhoneNormalizationWarnings.HasExtension;
        }

        var length = util.IsPossibleNumberWithReason(number);
        if (length != PhoneNumberUtil.ValidationResult.IS_POSSIBLE)
        {
            var (reason, message) = FromLength(length);
            return PhoneNormalizationResult.Failure(reason, message, warnings);
        }

        // IsValidNumber and GetNumberType in one pattern walk.
        var (numberRegion, type) = util.GetRegionAndType(number, typeNeeded: true);
        if (type == PhoneNumberType.UNKNOWN)
        {
            return PhoneNormalizationResult.Failure(
                PhoneNormalizationReason.InvalidForRegion,
                $"The number has a possible length for +{number.CountryCode} but is not in any range assigned there.",
                warnings);
        }

        var e164 = util.Format(number, PhoneNumberFormat.E164);
        if (e164.Length - 1 > MaxE164Digits)
        {
            return PhoneNormalizationResult.Failure(
                PhoneNormalizationReason.TooLong, $"E.164 allows at most {MaxE164Digits} digits; this number has {e164.Length - 1}.", warnings);
        }

        return new PhoneNormalizationResult
        {
            E164 = e164,
            Type = type,
            RegionCode = numberRegion,
            Extension = number.HasExtension ? number.Extension : null,
            Warnings = warnings,
            Message = number.HasExtension ? "Normalized; the extension was dropped (E.164 cannot carry it)." : "Normalized.",
        };
    }

    private static PhoneNormalizationReason FromParseError(ErrorType error) => error switch
    {
        ErrorType.INVALID_COUNTRY_CODE => PhoneNormalizationReason.InvalidCountryCode,
        ErrorType.TOO_SHORT_AFTER_IDD or ErrorType.TOO_SHORT_NSN => PhoneNormalizationReason.TooShort,
        ErrorType.TOO_LONG => PhoneNormalizationReason.TooLong,
        _ => PhoneNormalizationReason.NotANumber,
    };

    private static (PhoneNormalizationReason Reason, string Message) FromLength(PhoneNumberUtil.ValidationResult length) => length switch
    {
        PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY => (PhoneNormalizationReason.TooShort,
            "The number is only diallable locally: it lacks its area code."),
        PhoneNumberUtil.ValidationResult.TOO_SHORT => (PhoneNormalizationReason.TooShort, "The number has too few digits for its country."),
        PhoneNumberUtil.ValidationResult.TOO_LONG => (PhoneNormalizationReason.TooLong, "The number has too many digits for its country."),
        PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => (PhoneNormalizationReason.InvalidCountryCode, "The country calling code is unknown."),
        _ => (PhoneNormalizationReason.InvalidLength, "The number has a digit count its country does not use."),
    };
}
