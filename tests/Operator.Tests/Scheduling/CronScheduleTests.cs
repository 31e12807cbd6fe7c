using WhatsAppCampaigns.Operator.Scheduling;

namespace WhatsAppCampaigns.Operator.Tests.Scheduling;

public sealed class CronScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("0 9 * * 1-5", "2026-03-06T08:30:00Z", "2026-03-09T08:00:00Z")] // Fri 09:30 CET -> Mon 09:00 CET
    [InlineData("*/15 * * * *", "2026-03-06T08:31:00Z", "2026-03-06T08:45:00Z")]
    [InlineData("0 0 1 jan,jul *", "2026-03-06T08:31:00Z", "2026-06-30T22:00:00Z")] // 1 Jul 00:00 CEST
    [InlineData("30 8 * * SUN", "2026-03-06T00:00:00Z", "2026-03-08T07:30:00Z")]
    [InlineData("@daily", "2026-03-06T23:30:00Z", "2026-03-07T23:00:00Z")]
    public void NextAfter_InBerlin_MatchesWallClock(string cron, string after, string expected)
    {
        var next = CronSchedule.Parse(cron).NextAfter(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture), Berlin);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void NextAfter_TimeInSpringForwardGap_RunsWhenTheGapEnds()
    {
        // 29 Mar 2026: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist and runs at 01:30 UTC (03:30 CEST).
        var next = CronSchedule.Parse("30 2 * * *").NextAfter(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero), Berlin);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void NextAfter_TimeInFallBackOverlap_RunsOnceAtFirstOccurrence()
    {
        // 25 Oct 2026: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice, the job runs at the first (00:30 UTC).
        var cron = CronSchedule.Parse("30 2 * * *");
        var first = cron.NextAfter(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero), Berlin);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 1, 30, 0, TimeSpan.Zero), cron.NextAfter(first!.Value, Berlin));
    }

    [Fact]
    public void NextAfter_IntervalInSpringForwardGap_ShiftsEachTimeByTheGap()
    {
        // CronJob's rule, not Cronos's (which would run every skipped time at 03:00 CEST): 02:00 and
        // 02:30 do not exist and run at 01:00 and 01:30 UTC, 03:00 CEST coincides with 02:00 CET.
        var cron = CronSchedule.Parse("*/30 * * * *");
        var runs = new List<DateTimeOffset>();
        var cursor = new DateTimeOffset(2026, 3, 29, 0, 15, 0, TimeSpan.Zero);
        for (var i = 0; i < 4; i++)
        {
            cursor = cron.NextAfter(cursor, Berlin)!.Value;
            runs.Add(cursor);
        }

        Assert.Equal(
            [new(2026, 3, 29, 0, 30, 0, TimeSpan.Zero), new(2026, 3, 29, 1, 0, 0, TimeSpan.Zero),
             new(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), new(2026, 3, 29, 2, 0, 0, TimeSpan.Zero)],
            runs);
    }

    [Fact]
    public void NextAfter_IntervalInFallBackOverlap_RunsEachWallTimeOnce()
    {
        // CronJob's rule, not Cronos's (which runs interval expressions in both passes of the
        // repeated hour): 02:00 and 02:30 run at their first occurrence, the second pass is skipped.
        var cron = CronSchedule.Parse("*/30 * * * *");
        var runs = new List<DateTimeOffset>();
        var cursor = new DateTimeOffset(2026, 10, 24, 23, 45, 0, TimeSpan.Zero); // 01:45 CEST
        for (var i = 0; i < 4; i++)
        {
            cursor = cron.NextAfter(cursor, Berlin)!.Value;
            runs.Add(cursor);
        }

        Assert.Equal(
            [new(2026, 10, 25, 0, 0, 0, TimeSpan.Zero), new(2026, 10, 25, 0, 30, 0, TimeSpan.Zero),
             new(2026, 10, 25, 2, 0, 0, TimeSpan.Zero), new(2026, 10, 25, 2, 30, 0, TimeSpan.Zero)],
            runs);
    }

    [Fact]
    public void NextAfter_DateThatNeverExists_IsNull()
    {
        Assert.Null(CronSchedule.Parse("0 0 30 2 *").NextAfter(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), Berlin));
    }

    [Fact]
    public void LatestAtOrBefore_MissedHours_GivesTheLastOne()
    {
        var latest = CronSchedule.Parse("0 * * * *").LatestAtOrBefore(
            new DateTimeOffset(2026, 3, 6, 10, 20, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 6, 7, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.Equal(new DateTimeOffset(2026, 3, 6, 10, 0, 0, TimeSpan.Zero), latest);
    }

    [Theory]
    [InlineData("0 9 * *", "expected 5")]
    [InlineData("61 9 * * *", "minute field '61'")]
    [InlineData("0 9 * foo *", "month field 'foo'")]
    [InlineData("0 9 * * 1/0", "day-of-week field '1/0'")] // a zero step
    [InlineData("0 9 * * 8-9", "day-of-week field '8-9'")]
    [InlineData("0 25 * * *", "hour field '25'")]
    [InlineData("@fortnightly", "not a known macro")]
    [InlineData(" ", "empty")]
    public void TryParse_Malformed_NamesTheField(string cron, string expected)
    {
        Assert.False(CronSchedule.TryParse(cron, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void NextAfter_DayOfMonthAndWeekRestricted_MatchesEither()
    {
        var next = CronSchedule.Parse("0 12 13 * FRI").NextAfter(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 12, 0, 0, TimeSpan.Zero), next); // Friday 6th comes before the 13th
    }

    [Fact]
    public void NextAfter_DayOfMonthAndWeekRestricted_MatchesTheDayOfMonthToo()
    {
        // Cronos alone would require a Friday the 13th (November 2026); CronJob runs on the 13th whatever the weekday.
        var next = CronSchedule.Parse("0 12 13 * FRI").NextAfter(new DateTimeOffset(2026, 3, 7, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        Assert.Equal(new DateTimeOffset(2026, 3, 13, 12, 0, 0, TimeSpan.Zero), next);
    }

    [Theory]
    [InlineData("0 0 * * 0")]
    [InlineData("0 0 * * 7")]
    [InlineData("0 0 * * sun")]
    public void NextAfter_SundayAsZeroSevenOrName_IsSunday(string cron)
    {
        var next = CronSchedule.Parse(cron).NextAfter(new DateTimeOffset(2026, 3, 6, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 0, 0, 0, TimeSpan.Zero), next);
    }
}
