using System.Globalization;
using WhatsAppCampaigns.Operator.Entities;

namespace WhatsAppCampaigns.Operator.Scheduling;

/// <summary>
/// Business hours: days of the week and a start and end time in a zone. An end before the start
/// runs overnight (the day is the day the window opens). Pure.
/// </summary>
/// <param name="Days">Open days; all when empty.</param>
/// <param name="Start">Opening time of day.</param>
/// <param name="End">Closing time of day (24:00 allowed).</param>
/// <param name="Zone">The zone both are read in.</param>
public sealed record SendWindow(IReadOnlySet<DayOfWeek> Days, TimeSpan Start, TimeSpan End, TimeZoneInfo Zone)
{
    /// <summary>Builds the window of a campaign spec; null when it has none or it does not parse.</summary>
    public static SendWindow? From(V1WhatsAppCampaign.SendWindow? spec, TimeZoneInfo zone)
    {
        if (spec is null || !TryTime(spec.Start, out var start) || !TryTime(spec.End, out var end)) return null;
        var days = (spec.Days ?? []).Select(d => d switch
        {
            V1WhatsAppCampaign.WeekDay.Mon => DayOfWeek.Monday,
            V1WhatsAppCampaign.WeekDay.Tue => DayOfWeek.Tuesday,
            V1WhatsAppCampaign.WeekDay.Wed => DayOfWeek.Wednesday,
            V1WhatsAppCampaign.WeekDay.Thu => DayOfWeek.Thursday,
            V1WhatsAppCampaign.WeekDay.Fri => DayOfWeek.Friday,
            V1WhatsAppCampaign.WeekDay.Sat => DayOfWeek.Saturday,
            _ => DayOfWeek.Sunday,
        }).ToHashSet();
        return new SendWindow(days, start, end, zone);
    }

    /// <summary>Parses HH:MM (24:00 allowed).</summary>
    public static bool TryTime(string? text, out TimeSpan time)
    {
        time = default;
        if (text is not { Length: 5 } || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || m > 59 || h > 24 || (h == 24 && m != 0)) return false;
        time = new TimeSpan(h, m, 0);
        return true;
    }

    private bool DayOpen(DateTime date) => Days.Count == 0 || Days.Contains(date.DayOfWeek);

    private bool Overnight => End <= Start;

    /// <summary>Whether the window is open at <paramref name="instant"/>.</summary>
    public bool IsOpen(DateTimeOffset instant)
    {
        var wall = TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
        var t = wall.TimeOfDay;
        if (!Overnight) return DayOpen(wall.Date) && t >= Start && t < End;
        return (DayOpen(wall.Date) && t >= Start) || (DayOpen(wall.Date.AddDays(-1)) && t < End);
    }

    /// <summary>The instant the window next opens at or after <paramref name="instant"/> (itself when open).</summary>
    public DateTimeOffset NextOpen(DateTimeOffset instant)
    {
        if (IsOpen(instant)) return instant;
        var date = TimeZoneInfo.ConvertTime(instant, Zone).DateTime.Date;
        for (var d = 0; d <= 8; d++)
        {
            var day = date.AddDays(d);
            if (!DayOpen(day)) continue;
            var open = WallClock.ToInstant(day + Start, Zone);
            if (open >= instant) return open;
        }
        return instant.AddDays(7);
    }

    /// <summary>The instant the window closes after <paramref name="instant"/>, when it is open then.</summary>
    public DateTimeOffset? NextClose(DateTimeOffset instant)
    {
        if (!IsOpen(instant)) return null;
        var wall = TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
        var openDay = !Overnight || wall.TimeOfDay >= Start ? wall.Date : wall.Date.AddDays(-1);
        var closeDay = Overnight ? openDay.AddDays(1) : openDay;
        return WallClock.ToInstant(closeDay + End, Zone);
    }
}
