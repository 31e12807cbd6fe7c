using System.ComponentModel.DataAnnotations;
using WhatsAppCampaigns.Webhooks.Delivery;

namespace WhatsAppCampaigns.Webhooks.Hosting;

/// <summary>
/// The webhook receiver's settings, bound from the <c>Webhooks</c> section (environment:
/// <c>Webhooks__AppSecret</c>, <c>Webhooks__VerifyToken</c>, <c>Webhooks__Sessions__106540352242922=shop-main</c>).
/// </summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Webhooks";

    /// <summary>The Meta app secret keying <c>X-Hub-Signature-256</c>. Required; never printed.</summary>
    [Required]
    public string AppSecret { get; set; } = "";

    /// <summary>The token Meta echoes in the GET verification handshake. Required; never printed.</summary>
    [Required]
    public string VerifyToken { get; set; } = "";

    /// <summary>The callback path for GET (handshake) and POST (notifications). Default <c>/webhooks/whatsapp</c>.</summary>
    [Required]
    public string Path { get; set; } = "/webhooks/whatsapp";

    /// <summary>
    /// Business phone number id (<c>metadata.phone_number_id</c>) → session name (the WhatsAppSession
    /// resource whose opt-out set and replies it feeds). Inbound events of a number not listed are
    /// logged and acknowledged, not applied.
    /// </summary>
    public Dictionary<string, string> Sessions { get; set; } = [];

    /// <summary>
    /// Whole-message opt-out keywords, compared case- and whitespace-insensitively. Default STOP,
    /// UNSUBSCRIBE, STOPP, BAJA, ARRET, ARRÊT, הסר. Configuring any replaces the whole list.
    /// </summary>
    public List<string> OptOutKeywords { get; set; } = [];

    /// <summary>Largest accepted POST body, in bytes (413 above). Meta's batches are small. Default 1 MiB.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The keywords in force: <see cref="OptOutKeywords"/>, or the defaults when none are configured.</summary>
    public IReadOnlyList<string> EffectiveOptOutKeywords => OptOutKeywords.Count > 0 ? OptOutKeywords : OptOutKeywordMatcher.Defaults;

    /// <inheritdoc/>
    public override string ToString() =>
        $"Webhooks({Path}, sessions={Sessions.Count}, keywords={EffectiveOptOutKeywords.Count}, maxBody={MaxBodyBytes}, secrets hidden)";
}
