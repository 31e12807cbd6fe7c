namespace WhatsAppCampaigns.CampaignState;

/// <summary>
/// Masks what may be a phone number before it goes into a reason (logs, status, outcome files):
/// every digit becomes '•' except the last ones, at most 4 and never more than half of the digits,
/// so a short number is not shown almost whole ('+49 000' → '+•• •00'). Everything else ('+',
/// spaces, dashes, letters) is kept so the reader still sees the shape; long cells are cut. Pure.
/// </summary>
public static class PhoneMask
{
    /// <summary>The mask character.</summary>
    public const char Hidden = '•';

    private const int MaxShown = 4;
    private const int MaxLength = 40;

    /// <summary>The masked text, quoted: <c>'+••• ••-•••-4567'</c>.</summary>
    /// <param name="raw">The cell or number as written.</param>
    public static string Mask(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var cut = raw.Length > MaxLength;
        var chars = (cut ? raw[..MaxLength] : raw).ToCharArray();
        // A cut cell shows no digit at all: its last digits are not the number's last digits.
        var shown = cut ? 0 : Math.Min(MaxShown, chars.Count(char.IsAsciiDigit) / 2);
        var seen = 0;
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(chars[i])) continue;
            if (seen++ >= shown) chars[i] = Hidden;
        }
        return $"'{new string(chars)}{(cut ? "…" : "")}'";
    }
}
