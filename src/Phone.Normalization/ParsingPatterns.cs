using System.Text.RegularExpressions;

namespace Phone.Normalization;

/// <summary>
/// The fixed (metadata-independent) patterns of libphonenumber's parser, rebuilt from the
/// definitions in Google's <c>PhoneNumberUtil</c>: what a viable number looks like and which
/// extension notations are recognised.
/// </summary>
internal static partial class ParsingPatterns
{
    // Dashes, slashes, dots, spaces (incl. NBSP, soft hyphen, ZWSP, word joiner, ideographic
    // space), brackets, tildes, and 'x' (Google lists it as punctuation too).
    private const string ValidPunctuation =
        "-x\u2010-\u2015\u2212\u30FC\uFF0D-\uFF0F \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D.\\[\\]/~\u2053\u223C\uFF5E";

    private const string ValidAlpha = "A-Za-z";
    private const string PlusChars = "+\uFF0B";
    private const string Digits = @"\p{Nd}";

    private const string ExtensionForParsing =
        // ;ext=123 (RFC 3966)
        ";ext=(" + Digits + "{1,20})"
        // explicit labels: ext, extn, extension, extensión, ｅｘｔ, доб, anexo
        + "|[ \u00A0\\t,]*(?:e?xt(?:ensi(?:o\u0301?|\u00F3))?n?|\uFF45?\uFF58\uFF54\uFF4E?|\u0434\u043E\u0431|anexo)"
        + "[:\\.\uFF0E]?[ \u00A0\\t,-]*(" + Digits + "{1,20})#?"
        // ambiguous labels: x, #, ~, int
        + "|[ \u00A0\\t,]*(?:[x\uFF58#\uFF03~\uFF5E]|int|\uFF49\uFF4E\uFF54)[:\\.\uFF0E]?[ \u00A0\\t,-]*(" + Digits + "{1,9})#?"
        // American style "- 503#"
        + "|[- ]+(" + Digits + "{1,6})#"
        // auto-dialling ",," or ";"
        + "|[ \u00A0\\t]*(?:,{2}|;)[:\\.\uFF0E]?[ \u00A0\\t,-]*(" + Digits + "{1,15})#?"
        // only commas
        + "|[ \u00A0\\t]*(?:,)+[:\\.\uFF0E]?[ \u00A0\\t,-]*(" + Digits + "{1,9})#?";

    private const string ValidPhoneNumber =
        Digits + "{2}|(?>[" + PlusChars + "]*)(?:[" + ValidPunctuation + "*]*" + Digits + "){3,}["
        + ValidPunctuation + "*" + ValidAlpha + Digits + "]*(?:" + ExtensionForParsing + ")?";

    /// <summary>Google's VALID_PHONE_NUMBER_PATTERN, as a full match.</summary>
    [GeneratedRegex(@"\A(?:" + ValidPhoneNumber + @")\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ViablePhoneNumber();

    /// <summary>Google's EXTN_PATTERN: an extension at the end of the text; the first participating group holds its digits.</summary>
    [GeneratedRegex("(?:" + ExtensionForParsing + @")\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Extension();

    /// <summary>Google's separator class, used to turn national layouts into RFC 3966 dashes.</summary>
    [GeneratedRegex("[" + ValidPunctuation + "]+", RegexOptions.CultureInvariant)]
    public static partial Regex Separators();

    /// <summary>RFC 3966 global number digits of a phone-context ("+" then digits and visual separators).</summary>
    [GeneratedRegex(@"\A\+(?:\p{Nd}|[\-\.\(\)]?)*\p{Nd}(?:\p{Nd}|[\-\.\(\)]?)*\z", RegexOptions.CultureInvariant)]
    public static partial Regex GlobalNumberDigits();

    /// <summary>RFC 3966 domain name of a phone-context.</summary>
    [GeneratedRegex(@"\A(?:[A-Za-z\p{Nd}]+(?:-*[A-Za-z\p{Nd}])*\.)*[A-Za-z]+(?:-*[A-Za-z\p{Nd}])*\.?\z", RegexOptions.CultureInvariant)]
    public static partial Regex DomainName();

    /// <summary>The first group reference of a format rule ("$1"), replaced by the national prefix rule.</summary>
    [GeneratedRegex(@"(\$\d)", RegexOptions.CultureInvariant)]
    public static partial Regex FirstGroup();
}
