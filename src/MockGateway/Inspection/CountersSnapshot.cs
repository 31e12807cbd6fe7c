namespace WhatsAppCampaigns.MockGateway.Inspection;

/// <summary>The gateway's counters at one moment (also served as JSON by <c>GET /inspection/counters</c>).</summary>
/// <param name="Requests">Send requests received.</param>
/// <param name="Accepted">Messages accepted.</param>
/// <param name="Rejected">Send requests answered with a Graph error.</param>
/// <param name="RejectedByCode">Rejections per Graph error code.</param>
/// <param name="ConnectionResets">Connections reset by chaos after acceptance.</param>
/// <param name="InboundMessages">Inbound messages (admin-simulated and scenario replies) emitted.</param>
/// <param name="WebhookPosts">Webhook POSTs answered 2xx.</param>
/// <param name="WebhookEvents">Statuses and messages delivered inside those POSTs.</param>
/// <param name="WebhookFailures">Webhook POST attempts that failed (non-2xx, error, timeout).</param>
/// <param name="WebhooksAbandoned">Webhook POSTs given up after the last attempt.</param>
/// <param name="DuplicatesInjected">Status webhooks emitted a second time because the scenario asked.</param>
/// <param name="Reordered">Messages whose read was emitted before their delivered.</param>
/// <param name="WebhookQueueFullWaits">Sends that had to wait because the webhook queue was full.</param>
/// <param name="WebhookJobs">Messages (and simulated inbound messages) handed to the webhook dispatcher.</param>
/// <param name="WebhookEventsPlanned">Statuses and messages planned for posting, duplicates included.</param>
/// <param name="WebhooksSettled">True when every planned event was delivered or abandoned: nothing is in flight
/// (a test that sent everything can wait for this instead of counting webhooks).</param>
public sealed record CountersSnapshot(
    long Requests,
    long Accepted,
    long Rejected,
    IReadOnlyDictionary<int, long> RejectedByCode,
    long ConnectionResets,
    long InboundMessages,
    long WebhookPosts,
    long WebhookEvents,
    long WebhookFailures,
    long WebhooksAbandoned,
    long DuplicatesInjected,
    long Reordered,
    long WebhookQueueFullWaits,
    long WebhookJobs,
    long WebhookEventsPlanned,
    bool WebhooksSettled);
