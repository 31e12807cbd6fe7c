using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>A <c>statuses[]</c> entry (reference §4.3).</summary>
internal sealed class StatusEvent : WebhookEvent
{
    public required string Wamid { get; init; }

    public required MessageStatus Status { get; init; }

    public string? BizOpaqueCallbackData { get; init; }

    /// <summary>The Graph code of a <c>failed</c> status; 0 otherwise.</summary>
    public int ErrorCode { get; init; }

    /// <summary>Pricing category and conversation origin: <c>marketing</c>, <c>utility</c>, <c>authentication</c> or <c>service</c>.</summary>
    public required string Category { get; init; }

    /// <summary>False for free-form replies inside the customer-service window.</summary>
    public required bool Billable { get; init; }

    /// <summary>This copy exists only because the scenario duplicates webhooks.</summary>
    public bool IsDuplicate { get; init; }

    /// <summary>This is a <c>read</c> emitted before its <c>delivered</c>, because the scenario reorders.</summary>
    public bool IsReordered { get; init; }

    public static string Name(MessageStatus status) => status switch
    {
        MessageStatus.Sent => "sent",
        MessageStatus.Delivered => "delivered",
        MessageStatus.Read => "read",
        _ => "failed",
    };
}
