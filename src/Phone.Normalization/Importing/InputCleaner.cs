using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Phone.Normalization.Importing;

/// <summary>
/// The pre-step before libphonenumber's parser: undoes what spreadsheets and copy-paste do to a
/// number (reference phone-numbers.md, section 10). Pure; never invents digits.
/// </summary>
internal static partial class InputCleaner
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "-", "--", "n/a", "na", "#n/a", "none", "null", "nil", "0", "?", ".",
    };

    /// <summary>What <see cref="Clean"/> found.</summary>
    internal enum Verdict
    {
        Clean,
        Empty,
        ScientificNotation,
        MultipleNumbers,
    }

    /// <summary>Cleans <paramref name="raw"/>; <paramref name="cleaned"/> is what the parser should see.</summary>
    public static Verdict Clean(string? raw, out string cleaned, out PhoneNormalizationWarnings warnings)
    {
        warnings = PhoneNormalizationWarnings.None;
        cleaned = raw is null ? "" : FoldUnicode(raw, ref warnings).Trim();
        if (cleaned.Length == 0 || Placeholders.Contains(cleaned))
        {
            return Verdict.Empty;
        }

        var unquoted = StripSpreadsheetQuotes(cleaned);
        if (unquoted.Length != cleaned.Length)
        {
            warnings |= PhoneNormalizationWarnings.RemovedSpreadsheetArtifact;
            cleaned = unquoted;
            if (cleaned.Length == 0 || Placeholders.Contains(cleaned))
            {
                return Verdict.Empty;
            }
        }

        // 9.72501E+11: Excel displayed (and a CSV export kept) ~6 significant digits; the rest are
        // zeros now. Rejected even when the mantissa looks complete: a repair would be a guess.
        if (cleaned.AsSpan().IndexOfAny('e', 'E') >= 0 && ScientificNotation().IsMatch(cleaned))
        {
            return Verdict.ScientificNotation;
        }

        // 972502345678.0: a number that went through a float (pandas, JSON, ODBC). The ".0" is not a digit.
        if (cleaned.Contains('.', StringComparison.Ordinal) && FloatWithZeroFraction().Match(cleaned) is { Success: true } floatMatch)
        {
            cleaned = floatMatch.Groups[1].Value;
            warnings |= PhoneNormalizationWarnings.RemovedSpreadsheetArtifact;
        }

        return LooksLikeSeveralNumbers(cleaned) ? Verdict.MultipleNumbers : Verdict.Clean;
    }

    // NFKC folds full-width digits and plus, NBSP and the narrow NBSP (U+202F, which Google's
    // parser rejects) into ASCII; format characters (BOM, ZWSP, LRM/RLM, bidi embeddings, soft
    // hyphen) are dropped; digits of any script become ASCII; any other space becomes ' '.
    private static string FoldUnicode(string raw, ref PhoneNormalizationWarnings warnings)
    {
        var ascii = true;
        foreach (var c in raw)
        {
            if (c > '\u007E' || (c < ' ' && c != '\t'))
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return raw;
        }

        warnings |= PhoneNormalizationWarnings.FoldedUnicode;
        var normalized = raw.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Format:
                    break;
                case UnicodeCategory.Control or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator:
                    builder.Append(c is '\n' or '\r' or '\u2028' or '\u2029' ? '\n' : ' ');
                    break;
                case UnicodeCategory.DecimalDigitNumber:
                    builder.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    // Excel's "store as text" apostrophe ('+972...) and CSV quoting that survived an export.
    private static string StripSpreadsheetQuotes(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && text[start] is '\'' or '"' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '`')
        {
            start++;
        }

        while (end > start && text[end - 1] is '\'' or '"' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '`')
        {
            end--;
        }

        return text[start..end].Trim();
    }

    // "+972 50 234 5678 / +972 50 234 5679", "0502345678, 0502345679": two or more parts that each
    // have enough digits to be a number of their own. Separators inside one number ("050/234/5678")
    // leave short parts and do not count.
    private static bool LooksLikeSeveralNumbers(string text)
    {
        if (text.AsSpan().IndexOfAny(",;|/\n") < 0
            && !text.Contains(" or ", StringComparison.OrdinalIgnoreCase)
            && !text.Contains(" and ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parts = NumberListSeparator().Split(text);
        if (parts.Length < 2)
        {
            return false;
        }

        var long_ = 0;
        foreach (var part in parts)
        {
            if (part.Count(char.IsAsciiDigit) >= 7 && !part.Contains("phone-context", StringComparison.OrdinalIgnoreCase))
            {
                long_++;
            }
        }

        return long_ >= 2;
    }

    [GeneratedRegex(@"\A[+-]?[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex ScientificNotation();

    [GeneratedRegex(@"\A(\+?[0-9]+)\.0+\z", RegexOptions.CultureInvariant)]
    private static partial Regex FloatWithZeroFraction();

    [GeneratedRegex(@"[,;|/\n]| or | and ", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberListSeparator();
}
