namespace WhatsAppCampaigns.MockGateway.Inspection;

/// <summary>
/// What the gateway accepted for one recipient, over the gateway's whole life (since start or the
/// last reset, across restarts of the same host), however many messages went by since: kept for
/// every recipient in compact form, unlike the bodies, of which only the most recent are kept.
/// </summary>
/// <param name="WaId">The recipient's wa_id (digits).</param>
/// <param name="Accepted">Messages accepted for this recipient, from all numbers (above 1 is a duplicate send).</param>
/// <param name="LastMessageId">The wamid of the last accepted message.</param>
/// <param name="LastPhoneNumberId">The business number the last message was sent from.</param>
/// <param name="LastAcceptedAt">When the last message was accepted, by the gateway's clock.</param>
/// <param name="LastPlannedStatus">The final status the scenario decided for the last message: sent, delivered, read or failed.</param>
/// <param name="LastErrorCode">The failure code when <paramref name="LastPlannedStatus"/> is failed.</param>
public sealed record AcceptedRecipient(
    string WaId,
    int Accepted,
    string LastMessageId,
    string LastPhoneNumberId,
    DateTimeOffset LastAcceptedAt,
    string LastPlannedStatus,
    int? LastErrorCode);
