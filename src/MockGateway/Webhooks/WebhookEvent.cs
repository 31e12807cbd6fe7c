namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>One status or inbound message to post, due at <see cref="DueTicks"/> on the gateway's clock.</summary>
internal abstract class WebhookEvent
{
    public required string PhoneNumberId { get; init; }

    public required string DisplayPhoneNumber { get; init; }

    /// <summary>The user's wa_id; it also picks the delivery lane, so one user's webhooks stay in order.</summary>
    public required string WaId { get; init; }

    /// <summary>The event's own time (its <c>timestamp</c>), UTC ticks.</summary>
    public required long LogicalTicks { get; init; }

    /// <summary>When to post it, UTC ticks (differs from <see cref="LogicalTicks"/> for reordered or duplicated events).</summary>
    public required long DueTicks { get; init; }

    /// <summary>The <c>timestamp</c> field: Unix seconds, as a string (Meta sends strings).</summary>
    public string UnixSeconds => ToUnixSeconds(LogicalTicks);

    public static string ToUnixSeconds(long utcTicks) =>
        ((utcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
