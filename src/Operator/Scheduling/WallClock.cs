namespace WhatsAppCampaigns.Operator.Scheduling;

/// <summary>Wall-clock time in a zone to an instant, with CronJob's DST rules. Pure.</summary>
public static class WallClock
{
    /// <summary>
    /// The instant a wall-clock time denotes in <paramref name="zone"/>. A time inside a spring-forward
    /// gap maps to the instant the gap ends plus the minutes into the gap (the offset before the gap
    /// applies); a time repeated by a fall-back overlap maps to its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime wall, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        wall = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wall))
        {
            var before = zone.GetUtcOffset(wall.AddHours(-3));
            return new DateTimeOffset(wall - before, TimeSpan.Zero);
        }
        if (zone.IsAmbiguousTime(wall))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(wall);
            return new DateTimeOffset(wall - offsets.Max(), TimeSpan.Zero);
        }
        return new DateTimeOffset(wall - zone.GetUtcOffset(wall), TimeSpan.Zero);
    }

    /// <summary>Finds an IANA zone; UTC when <paramref name="id"/> is empty.</summary>
    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrEmpty(id)) return true;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
