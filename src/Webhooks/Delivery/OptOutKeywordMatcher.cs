using System.Text;

namespace WhatsAppCampaigns.Webhooks.Delivery;

/// <summary>
/// Decides whether an inbound message is an opt-out: the whole message equals a keyword, ignoring
/// case, Unicode composition and whitespace (leading, trailing, and runs inside collapsed to one
/// space), so "  stop\n" and "Arrêt" match but "please stop" does not. Pure.
/// </summary>
public sealed class OptOutKeywordMatcher
{
    /// <summary>The default keywords: English, German, Spanish, French (with and without the accent), Hebrew.</summary>
    public static readonly IReadOnlyList<string> Defaults = ["STOP", "UNSUBSCRIBE", "STOPP", "BAJA", "ARRET", "ARRÊT", "הסר"];

    private readonly HashSet<string> _keywords;

    /// <summary>A matcher for <paramref name="keywords"/>.</summary>
    /// <param name="keywords">The keywords; blank ones are ignored.</param>
    public OptOutKeywordMatcher(IEnumerable<string> keywords)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        _keywords = new HashSet<string>(keywords.Select(Normalize).Where(k => k.Length > 0), StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="text"/> is, as a whole, one of the keywords.</summary>
    /// <param name="text">The message text, button text or payload; null never matches.</param>
    public bool IsOptOut(string? text) => text is not null && _keywords.Contains(Normalize(text));

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }
}
