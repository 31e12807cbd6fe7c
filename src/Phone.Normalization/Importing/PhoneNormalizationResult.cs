using PhoneNumbers;

namespace Phone.Normalization.Importing;

/// <summary>Outcome of <see cref="PhoneNormalizer.Normalize"/>: an E.164 number, or the reason there is none.</summary>
public sealed record PhoneNormalizationResult
{
    /// <summary>True when <see cref="E164"/> is set.</summary>
    public bool IsSuccess => Reason == PhoneNormalizationReason.None;

    /// <summary>"+" and up to 15 digits, e.g. "+447400123456"; null on failure.</summary>
    public string? E164 { get; init; }

    /// <summary>Why normalization failed; <see cref="PhoneNormalizationReason.None"/> on success.</summary>
    public PhoneNormalizationReason Reason { get; init; }

    /// <summary>A sentence for the import report (never contains the number itself).</summary>
    public string Message { get; init; } = "";

    /// <summary>Number type of a valid number (<see cref="PhoneNumberType.UNKNOWN"/> otherwise).</summary>
    public PhoneNumberType Type { get; init; } = PhoneNumberType.UNKNOWN;

    /// <summary>True for MOBILE and FIXED_LINE_OR_MOBILE, the types WhatsApp numbers normally have.</summary>
    public bool IsMobileCapable => Type is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE;

    /// <summary>Region of the number ("001" for non-geographic codes), when known.</summary>
    public string? RegionCode { get; init; }

    /// <summary>The extension that was dropped from E.164, or null.</summary>
    public string? Extension { get; init; }

    /// <summary>What was cleaned or dropped on the way.</summary>
    public PhoneNormalizationWarnings Warnings { get; init; }

    internal static PhoneNormalizationResult Failure(PhoneNormalizationReason reason, string message, PhoneNormalizationWarnings warnings) =>
        new() { Reason = reason, Message = message, Warnings = warnings };
}
