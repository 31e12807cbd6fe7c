using WhatsAppCampaigns.Webhooks.Payload;

namespace WhatsAppCampaigns.Webhooks.Metrics;

/// <summary>The <c>kind</c> of an event as the applier distinguishes it (a small fixed set: bounded label values).</summary>
public static class WebhookEventKinds
{
    /// <summary>A <c>sent</c> status.</summary>
    public const string StatusSent = "status_sent";

    /// <summary>A <c>delivered</c> status.</summary>
    public const string StatusDelivered = "status_delivered";

    /// <summary>A <c>read</c> status.</summary>
    public const string StatusRead = "status_read";

    /// <summary>A <c>failed</c> status.</summary>
    public const string StatusFailed = "status_failed";

    /// <summary>An inbound message (text, button or interactive reply).</summary>
    public const string Message = "message";

    /// <summary>An opt-out: an inbound keyword message or a <c>user_preferences</c> <c>stop</c>.</summary>
    public const string OptOut = "opt_out";

    /// <summary>A <c>user_preferences</c> <c>resume</c>.</summary>
    public const string Resume = "resume";

    /// <summary>Items the parser or the applier skipped (other fields, <c>played</c>, preference values other than stop/resume).</summary>
    public const string Other = "other";

    /// <summary>Every kind, for pre-created series.</summary>
    public static readonly IReadOnlyList<string> All = [StatusSent, StatusDelivered, StatusRead, StatusFailed, Message, OptOut, Resume, Other];

    /// <summary>The kind of a status event; the parser passes only the four known statuses on.</summary>
    /// <param name="status">A <see cref="DeliveryStatus"/> value.</param>
    public static string OfStatus(string status) => status switch
    {
        DeliveryStatus.Sent => StatusSent,
        DeliveryStatus.Delivered => StatusDelivered,
        DeliveryStatus.Read => StatusRead,
        DeliveryStatus.Failed => StatusFailed,
        _ => Other,
    };
}
