namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>The <c>type</c> of a send request.</summary>
internal enum MessageKind
{
    Missing,
    Text,
    Template,
    Unsupported,
}
