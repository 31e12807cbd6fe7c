using System.Globalization;
using System.Text;

namespace WhatsAppCampaigns.CampaignState.Recipients.Columns;

/// <summary>
/// How header texts are compared; pure. <see cref="MatchKey"/> folds case, diacritics, spaces and
/// punctuation ("Teléfono #" → "telefono"); <see cref="SnakeAlias"/> gives the variable name people
/// can type in a message ("First Name", "firstName" → "first_name").
/// </summary>
public static class HeaderNames
{
    /// <summary>Letters and digits only, lower case, without diacritics; for alias lookups.</summary>
    public static string MatchKey(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var builder = new StringBuilder(header.Length);
        foreach (var c in Fold(header))
        {
            if (char.IsLetterOrDigit(c)) builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// The variable name for a header: words split at spaces, punctuation and lower→upper case
    /// changes, joined by "_", lower case, diacritics removed; letters of any script are kept.
    /// </summary>
    public static string SnakeAlias(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var trimmed = header.Trim().TrimStart('\uFEFF');
        var builder = new StringBuilder(trimmed.Length + 4);
        var previous = '\0';
        foreach (var c in Decomposed(trimmed))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous))) builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
                previous = c;
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
                previous = '_';
            }
        }
        return builder.ToString().TrimEnd('_');
    }

    private static string Fold(string text) => new([.. Decomposed(text.Trim()).Select(char.ToLowerInvariant)]);

    // Compatibility decomposition, then drop the combining marks: "é" → "e", "ｐｈｏｎｅ" → "phone".
    private static IEnumerable<char> Decomposed(string text) => text.Normalize(NormalizationForm.FormKD)
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format));
}
