using System.Reflection;
using PhoneNumbers;

namespace Phone.Normalization.Importing;

/// <summary>
/// What the sender calls for each recipient cell: spreadsheet/Unicode clean-up (ours), then
/// libphonenumber-csharp's parse, length check and validation, then E.164. Pure and thread-safe.
/// </summary>
public static class PhoneNormalizer
{
    private const int MaxE164Digits = 15;

    /// <summary>The package (and so the Google metadata release) behind every result, for audit logs: "libphonenumber-csharp 9.0.43".</summary>
    public static string MetadataVersion { get; } = "libphonenumber-csharp " + PackageVersion();

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
        PhoneNumber number;
        try
        {
            number = util.Parse(cleaned, region);
        }
        catch (NumberParseException e)
        {
            // Google's messages ("The string supplied is too short to be a phone number.") never quote the input.
            return PhoneNormalizationResult.Failure(FromParseError(e.ErrorType), e.Message, warnings);
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

        // A number is valid exactly when some type's pattern of its region matches, so UNKNOWN is "invalid".
        var type = util.GetNumberType(number);
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
            RegionCode = util.GetRegionCodeForNumber(number),
            Extension = number.HasExtension ? number.Extension : null,
            Warnings = warnings,
            Message = number.HasExtension ? "Normalized; the extension was dropped (E.164 cannot carry it)." : "Normalized.",
        };
    }

    // "9.0.43" from the assembly's informational version ("9.0.43+commit" in some builds).
    private static string PackageVersion()
    {
        var assembly = typeof(PhoneNumberUtil).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        return version.Split('+')[0];
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
