namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>An approved WhatsApp template (see the Cloud API reference, section 1.4).</summary>
public sealed record TemplateMessage
{
    /// <summary>Exact, case-sensitive template name.</summary>
    public required string Name { get; init; }

    /// <summary>Language code the template was approved in, e.g. "en_US".</summary>
    public required string Language { get; init; }

    /// <summary>Components with parameters; absent when the template has no variables.</summary>
    public IReadOnlyList<TemplateComponent>? Components { get; init; }
}
