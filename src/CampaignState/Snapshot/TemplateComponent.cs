namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>A template component (header, body or button) and its text parameters.</summary>
public sealed record TemplateComponent
{
    /// <summary>"header", "body" or "button".</summary>
    public required string Type { get; init; }

    /// <summary>Button sub type ("quick_reply", "url", ...); buttons only.</summary>
    public string? SubType { get; init; }

    /// <summary>Zero-based button index; buttons only.</summary>
    public int? Index { get; init; }

    /// <summary>Positional (or named) text parameters.</summary>
    public IReadOnlyList<TemplateParameter>? Parameters { get; init; }
}
