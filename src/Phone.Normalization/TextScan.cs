using System.Globalization;
using System.Text;

namespace Phone.Normalization;

/// <summary>Character-level helpers of the parser (Google's normalize, extract and alpha mapping).</summary>
internal static class TextScan
{
    /// <summary>Index of the first character that can start a number (a plus sign or a digit), or -1.</summary>
    public static int FirstStartChar(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '+' or '\uFF0B' || char.IsDigit(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Fast path of the viability check for the common shape: plus signs, then ASCII digits (at
    /// least three) and plain separators. Everything this accepts the full pattern accepts too;
    /// anything else goes to the pattern.
    /// </summary>
    public static bool IsPlainlyViable(string number)
    {
        var i = 0;
        while (i < number.Length && IsPlus(number[i]))
        {
            i++;
        }

        var digits = 0;
        for (; i < number.Length; i++)
        {
            var c = number[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '/'))
            {
                return false;
            }
        }

        return digits >= 3;
    }

    /// <summary>
    /// False when no extension notation can be present: every form needs a letter, '#', '~', ';'
    /// or ',' (or their full-width twins), so plain numbers skip the extension pattern.
    /// </summary>
    public static bool MayHaveExtension(string number)
    {
        foreach (var c in number)
        {
            if (c is '#' or '~' or ';' or ',' or '\uFF03' or '\uFF5E' || char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for the plus signs Google accepts.</summary>
    public static bool IsPlus(char c) => c is '+' or '\uFF0B';

    /// <summary>Google's extractPossibleNumber: from the first start character, without trailing junk or a second number.</summary>
    public static string ExtractPossibleNumber(string text)
    {
        var start = FirstStartChar(text);
        if (start < 0)
        {
            return "";
        }

        var end = text.Length;
        // Trailing characters that are neither letters nor numbers nor '#' ("+44 7400 123456." or ")").
        while (end > start && !IsLetterOrNumber(text[end - 1]) && text[end - 1] != '#')
        {
            end--;
        }

        // A second number introduced by "/ x" or "\ x" ("(530) 583-6985 x302/x2303").
        for (var i = start; i < end; i++)
        {
            if (text[i] is '/' or '\\')
            {
                var j = i + 1;
                while (j < end && text[j] == ' ')
                {
                    j++;
                }

                if (j < end && text[j] == 'x')
                {
                    end = i;
                    break;
                }
            }
        }

        return text.Substring(start, end - start);
    }

    /// <summary>Google's normalize: keypad digits for letters when there are three or more, else decimal digits only.</summary>
    public static string Normalize(string number)
    {
        var letters = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiLetter(c) && ++letters >= 3)
            {
                return AlphaToDigits(number);
            }
        }

        return DigitsOnly(number);
    }

    /// <summary>Decimal digits of any script as ASCII; everything else dropped.</summary>
    public static string DigitsOnly(string number)
    {
        var allAscii = true;
        foreach (var c in number)
        {
            if (!char.IsAsciiDigit(c))
            {
                allAscii = false;
                break;
            }
        }

        if (allAscii)
        {
            return number;
        }

        var builder = new StringBuilder(number.Length);
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (char.IsDigit(c))
            {
                builder.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)));
            }
        }

        return builder.ToString();
    }

    /// <summary>Vanity numbers: ASCII letters to keypad digits, ASCII digits kept, everything else dropped (as Google does).</summary>
    public static string AlphaToDigits(string number)
    {
        var builder = new StringBuilder(number.Length);
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (char.IsAsciiLetter(c))
            {
                builder.Append(Keypad(char.ToUpperInvariant(c)));
            }
        }

        return builder.ToString();
    }

    private static char Keypad(char upper) => upper switch
    {
        <= 'C' => '2',
        <= 'F' => '3',
        <= 'I' => '4',
        <= 'L' => '5',
        <= 'O' => '6',
        <= 'S' => '7',
        <= 'V' => '8',
        _ => '9',
    };

    private static bool IsLetterOrNumber(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
