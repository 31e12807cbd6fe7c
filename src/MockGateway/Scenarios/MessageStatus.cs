namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>A message status as webhooks name it (<c>sent</c>, <c>delivered</c>, <c>read</c>, <c>failed</c>).</summary>
public enum MessageStatus
{
    /// <summary>Left Meta for the device.</summary>
    Sent,

    /// <summary>On the device.</summary>
    Delivered,

    /// <summary>Opened by the user.</summary>
    Read,

    /// <summary>Could not be sent or delivered; the webhook carries <c>errors[]</c>.</summary>
    Failed,
}
