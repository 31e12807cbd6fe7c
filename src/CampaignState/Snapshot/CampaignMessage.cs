namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>
/// What a recipient receives: exactly one of a free-form <see cref="Text"/> body or an approved
/// <see cref="Template"/>. Text fields may contain <c>{{variable}}</c> placeholders; a personalized
/// message is the same type with every placeholder replaced.
/// </summary>
public sealed record CampaignMessage
{
    /// <summary>A free-form text body (deliverable only inside a 24-hour window).</summary>
    public string? Text { get; init; }

    /// <summary>An approved template and its parameters.</summary>
    public TemplateMessage? Template { get; init; }
}
