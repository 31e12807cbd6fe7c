using Cronos;

namespace WhatsAppCampaigns.Operator.Scheduling;

/// <summary>
/// A five-field cron expression (minute hour day-of-month month day-of-week, with lists, ranges,
/// steps, names and <c>@daily</c>-style macros) evaluated with Kubernetes CronJob's rules. Cronos
/// parses it and finds the matching wall-clock times; on top of it this type keeps what CronJob
/// does and Cronos does not: when day-of-month and day-of-week are both restricted a day matches
/// either (Cronos requires both), a wall time skipped by a DST gap runs as many minutes after the
/// gap as it was into it (Cronos runs it when the gap ends), and every wall time repeated by a DST
/// overlap runs once, at its first occurrence (Cronos runs interval expressions in both). Pure and
/// immutable.
/// </summary>
public sealed class CronSchedule
{
    private static readonly string[] FieldNames = ["minute", "hour", "day-of-month", "month", "day-of-week"];

    // One expression, or two (day-of-month only, day-of-week only) whose union is CronJob's OR rule.
    private readonly CronExpression[] _expressions;

    private CronSchedule(CronExpression[] expressions) => _expressions = expressions;

    /// <summary>Parses an expression; the error names the field and the offending text.</summary>
    public static bool TryParse(string? text, out CronSchedule? schedule, out string error)
    {
        schedule = null;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty cron expression";
            return false;
        }
        var trimmed = text.Trim();
        if (trimmed.StartsWith('@'))
        {
            if (!TryCronos(trimmed, out var macro, out var macroError))
            {
                error = $"'{trimmed}' is not a known macro (@yearly, @monthly, @weekly, @daily, @hourly): {macroError}";
                return false;
            }
            schedule = new CronSchedule([macro!]);
            return true;
        }
        var parts = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5)
        {
            error = $"'{text}' has {parts.Length} fields; expected 5 (minute hour day-of-month month day-of-week)";
            return false;
        }
        for (var i = 0; i < parts.Length; i++)
        {
            // Each field alone, so the error says which one Cronos refused.
            var alone = string.Join(' ', Enumerable.Range(0, 5).Select(j => j == i ? parts[i] : "*"));
            if (!TryCronos(alone, out _, out var fieldError))
            {
                error = $"{FieldNames[i]} field '{parts[i]}': {fieldError}";
                return false;
            }
        }
        string[] sources = IsRestricted(parts[2]) && IsRestricted(parts[4])
            ? [$"{parts[0]} {parts[1]} {parts[2]} {parts[3]} *", $"{parts[0]} {parts[1]} * {parts[3]} {parts[4]}"]
            : [string.Join(' ', parts)];
        var expressions = new CronExpression[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            if (!TryCronos(sources[i], out var expression, out var combinedError))
            {
                error = $"'{text}': {combinedError}";
                return false;
            }
            expressions[i] = expression!;
        }
        schedule = new CronSchedule(expressions);
        return true;
    }

    /// <summary>Parses an expression or throws <see cref="FormatException"/>.</summary>
    public static CronSchedule Parse(string text) =>
        TryParse(text, out var schedule, out var error) ? schedule! : throw new FormatException(error);

    /// <summary>
    /// The first instant strictly after <paramref name="after"/> whose wall-clock time in
    /// <paramref name="zone"/> matches, with the DST rules of <see cref="WallClock.ToInstant"/>.
    /// Null when nothing ever matches (such as 30 February).
    /// </summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        // Cronos walks wall-clock times (as a zone-less UTC DateTime); WallClock maps each to its
        // instant. Start an hour early so wall times repeated by a fall-back overlap are looked at.
        var wall = TimeZoneInfo.ConvertTime(after, zone).DateTime;
        var cursor = DateTime.SpecifyKind(wall.AddHours(-1), DateTimeKind.Utc);
        for (var next = NextWall(cursor, inclusive: true); next is { } candidate; next = NextWall(candidate, inclusive: false))
        {
            var instant = WallClock.ToInstant(candidate, zone);
            if (instant > after) return instant;
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

    private DateTime? NextWall(DateTime cursor, bool inclusive)
    {
        DateTime? earliest = null;
        foreach (var expression in _expressions)
        {
            if (expression.GetNextOccurrence(cursor, inclusive) is { } next && (earliest is null || next < earliest))
                earliest = next;
        }
        return earliest;
    }

    private static bool IsRestricted(string field) => field is not ("*" or "?");

    private static bool TryCronos(string text, out CronExpression? expression, out string error)
    {
        error = "";
        try
        {
            expression = CronExpression.Parse(text, CronFormat.Standard);
            return true;
        }
        catch (CronFormatException ex)
        {
            expression = null;
            error = ex.Message;
            return false;
        }
    }
}
