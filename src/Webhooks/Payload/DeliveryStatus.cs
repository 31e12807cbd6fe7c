namespace WhatsAppCampaigns.Webhooks.Payload;

/// <summary>The status names this receiver applies, and their order (reference §4.6: sent &lt; delivered &lt; read; failed terminal).</summary>
public static class DeliveryStatus
{
    /// <summary>Left Meta for the device.</summary>
    public const string Sent = "sent";

    /// <summary>On the device.</summary>
    public const string Delivered = "delivered";

    /// <summary>Opened (only with read receipts on).</summary>
    public const string Read = "read";

    /// <summary>Could not be sent or delivered; carries <c>errors[]</c>.</summary>
    public const string Failed = "failed";

    /// <summary>True for the four statuses above (others, such as <c>played</c>, are ignored).</summary>
    /// <param name="status">The <c>status</c> value.</param>
    public static bool IsKnown(string status) => status is Sent or Delivered or Read or Failed;
}
