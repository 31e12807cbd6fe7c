namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>Conversions between the API's second-precision UTC times and instants. Pure.</summary>
public static class Times
{
    /// <summary>A model time (UTC, or unspecified meaning UTC) as an instant.</summary>
    public static DateTimeOffset ToInstant(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero),
    };

    /// <summary>An instant as a model time, truncated to whole seconds like the API stores it.</summary>
    public static DateTime ToModel(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}
