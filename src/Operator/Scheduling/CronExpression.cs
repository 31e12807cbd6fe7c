using System.Globalization;

namespace WhatsAppCampaigns.Operator.Scheduling;

/// <summary>
/// A five-field cron expression (minute hour day-of-month month day-of-week) with lists, ranges,
/// steps, month and day names and the <c>@hourly</c>-style macros, evaluated in a time zone.
/// Day-of-month and day-of-week combine like Vixie cron and CronJob: when both are restricted a
/// day matches either. Pure and immutable.
/// </summary>
public sealed class CronExpression
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private readonly bool[] _minutes;
    private readonly bool[] _hours;
    private readonly bool[] _daysOfMonth;
    private readonly bool[] _months;
    private readonly bool[] _daysOfWeek;
    private readonly bool _domRestricted;
    private readonly bool _dowRestricted;

    private CronExpression(bool[][] fields, bool domRestricted, bool dowRestricted)
    {
        (_minutes, _hours, _daysOfMonth, _months, _daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
        (_domRestricted, _dowRestricted) = (domRestricted, dowRestricted);
    }

    /// <summary>Parses an expression; the error names the field and the offending text.</summary>
    public static bool TryParse(string? text, out CronExpression? expression, out string error)
    {
        expression = null;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty cron expression";
            return false;
        }
        var source = text.Trim() switch
        {
            "@yearly" or "@annually" => "0 0 1 1 *",
            "@monthly" => "0 0 1 * *",
            "@weekly" => "0 0 * * 0",
            "@daily" or "@midnight" => "0 0 * * *",
            "@hourly" => "0 * * * *",
            var other => other,
        };
        var parts = source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5)
        {
            error = $"'{text}' has {parts.Length} fields; expected 5 (minute hour day-of-month month day-of-week)";
            return false;
        }
        (string Name, int Min, int Max, string[]? Names)[] specs =
        [
            ("minute", 0, 59, null), ("hour", 0, 23, null), ("day-of-month", 1, 31, null), ("month", 1, 12, MonthNames),
            ("day-of-week", 0, 7, DayNames),
        ];
        var fields = new bool[5][];
        for (var i = 0; i < 5; i++)
        {
            var (name, min, max, names) = specs[i];
            if (!TryParseField(parts[i], min, max, names, out fields[i], out var fieldError))
            {
                error = $"{name} field '{parts[i]}': {fieldError}";
                return false;
            }
        }
        // Sunday is 0 and 7.
        if (fields[4][7]) fields[4][0] = true;
        expression = new CronExpression(fields, parts[2] != "*" && parts[2] != "?", parts[4] != "*" && parts[4] != "?");
        return true;
    }

    /// <summary>Parses an expression or throws <see cref="FormatException"/>.</summary>
    public static CronExpression Parse(string text) =>
        TryParse(text, out var expression, out var error) ? expression! : throw new FormatException(error);

    /// <summary>
    /// The first instant strictly after <paramref name="after"/> whose wall-clock time in
    /// <paramref name="zone"/> matches. A matching wall time skipped by a DST gap runs at the instant
    /// the gap ends (as if the clock had not jumped, like CronJob's library does); a wall time repeated
    /// by a DST overlap runs once, at its first occurrence. Null when nothing matches within five years.
    /// </summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var startWall = TimeZoneInfo.ConvertTime(after, zone).DateTime;
        startWall = new DateTime(startWall.Year, startWall.Month, startWall.Day, startWall.Hour, startWall.Minute, 0, DateTimeKind.Unspecified);
        // Start an hour early so wall times repeated by a fall-back overlap are still looked at.
        var day = startWall.AddHours(-1).Date;
        var lastDay = day.AddYears(5);
        for (; day <= lastDay; day = day.AddDays(1))
        {
            if (!_months[day.Month] || !DayMatches(day)) continue;
            for (var hour = 0; hour < 24; hour++)
            {
                if (!_hours[hour]) continue;
                for (var minute = 0; minute < 60; minute++)
                {
                    if (!_minutes[minute]) continue;
                    var instant = WallClock.ToInstant(day.AddHours(hour).AddMinutes(minute), zone);
                    if (instant > after) return instant;
                }
            }
        }
        return null;
    }

    /// <summary>The last matching instant in (<paramref name="notBefore"/>, <paramref name="at"/>], or null.</summary>
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset at, DateTimeOffset notBefore, TimeZoneInfo zone)
    {
        DateTimeOffset? latest = null;
        var cursor = notBefore;
        for (var steps = 0; steps < 200_000; steps++)
        {
            var next = NextAfter(cursor, zone);
            if (next is null || next > at) return latest;
            latest = next;
            cursor = next.Value;
        }
        return latest;
    }

    private bool DayMatches(DateTime day)
    {
        var dom = _daysOfMonth[day.Day];
        var dow = _daysOfWeek[(int)day.DayOfWeek];
        return _domRestricted && _dowRestricted ? dom || dow : dom && dow;
    }

    private static bool TryParseField(string field, int min, int max, string[]? names, out bool[] set, out string error)
    {
        set = new bool[max + 1];
        error = "";
        foreach (var item in field.Split(','))
        {
            var step = 1;
            var rangePart = item;
            var slash = item.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                if (!int.TryParse(item.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1)
                {
                    error = $"step '{item[(slash + 1)..]}' is not a positive number";
                    return false;
                }
                rangePart = item[..slash];
            }
            int low, high;
            if (rangePart is "*" or "?")
            {
                (low, high) = (min, max);
            }
            else
            {
                var dash = rangePart.IndexOf('-', StringComparison.Ordinal);
                if (!TryValue(dash < 0 ? rangePart : rangePart[..dash], min, names, out low, out error)) return false;
                high = low;
                if (dash >= 0 && !TryValue(rangePart[(dash + 1)..], min, names, out high, out error)) return false;
                else if (dash < 0 && slash >= 0) high = max; // "5/15" means 5-max/15
            }
            if (low < min || high > max || low > high)
            {
                error = $"'{item}' is outside {min}-{max} or an empty range";
                return false;
            }
            for (var v = low; v <= high; v += step) set[v] = true;
        }
        return true;
    }

    private static bool TryValue(string text, int min, string[]? names, out int value, out string error)
    {
        error = "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)) return true;
        var index = names is null ? -1 : Array.IndexOf(names, text.ToUpperInvariant());
        if (index >= 0)
        {
            value = index + min;
            return true;
        }
        error = $"'{text}' is not a number{(names is null ? "" : " or a name such as " + names[0])}";
        return false;
    }
}
