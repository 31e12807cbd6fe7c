namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>A key of a ConfigMap or Secret in the campaign's namespace.</summary>
/// <param name="Name">The object's name.</param>
/// <param name="Key">The data key; its extension (".csv", ".xlsx") helps format detection.</param>
public sealed record KeyReference(string Name, string Key);
