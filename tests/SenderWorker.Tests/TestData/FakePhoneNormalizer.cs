using System.Text.RegularExpressions;
using WhatsAppCampaigns.SenderWorker.Recipients.Planning;

namespace WhatsAppCampaigns.SenderWorker.Tests.TestData;

/// <summary>
/// A test double for the phone normalizer covering the simple cases the recipient tests need:
/// separators, a leading apostrophe, a trailing ".0", "00" and "+" prefixes, a trunk "0" with a
/// region (IL, US, DE), scientific notation, letters, and length bounds. Not a real validator.
/// </summary>
public sealed partial class FakePhoneNormalizer : IPhoneNormalizer
{
    private static readonly Dictionary<string, string> CallingCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["IL"] = "972", ["US"] = "1", ["DE"] = "49",
    };

    /// <summary>Numbers given to the normalizer, for tests that check what reached it.</summary>
    public int Calls { get; private set; }

    public PhoneParseResult Normalize(string raw, string defaultRegion)
    {
        Calls++;
        var s = raw.Trim().TrimStart('\'').Trim('"').Trim();
        if (s.Length == 0) return PhoneParseResult.Invalid("EMPTY", "nothing left after cleaning");
        if (Scientific().IsMatch(s)) return PhoneParseResult.Invalid("SPREADSHEET_MANGLED", "scientific notation: digits were lost");
        if (TrailingZeroFraction().Match(s) is { Success: true } m) s = m.Groups[1].Value;
        if (s.Any(char.IsLetter)) return PhoneParseResult.Invalid("NOT_A_NUMBER", "letters in the number");
        var plus = s.StartsWith('+');
        var digits = new string([.. s.Where(char.IsAsciiDigit)]);
        if (!plus && digits.StartsWith("00", StringComparison.Ordinal))
        {
            plus = true;
            digits = digits[2..];
        }
        if (!plus)
        {
            if (!CallingCodes.TryGetValue(defaultRegion, out var code))
                return PhoneParseResult.Invalid("INVALID_COUNTRY_CODE", "no country code and no default region");
            digits = digits.StartsWith('0') ? code + digits[1..]
                : digits.StartsWith(code, StringComparison.Ordinal) && digits.Length >= 11 ? digits
                : code + digits;
        }
        if (digits.Length < 8) return PhoneParseResult.Invalid("TOO_SHORT", "too few digits");
        if (digits.Length > 15) return PhoneParseResult.Invalid("TOO_LONG", "more than 15 digits");
        return PhoneParseResult.Valid("+" + digits);
    }

    [GeneratedRegex(@"^[+-]?\d+([.,]\d+)?[eE][+-]?\d+$")]
    private static partial Regex Scientific();

    [GeneratedRegex(@"^(\+?\d+)\.0+$")]
    private static partial Regex TrailingZeroFraction();
}
