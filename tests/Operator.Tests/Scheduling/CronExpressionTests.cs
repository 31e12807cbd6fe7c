using WhatsAppCampaigns.Operator.Scheduling;

namespace WhatsAppCampaigns.Operator.Tests.Scheduling;

public sealed class CronExpressionTests
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
        var next = CronExpression.Parse(cron).NextAfter(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture), Berlin);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void NextAfter_TimeInSpringForwardGap_RunsWhenTheGapEnds()
    {
        // 29 Mar 2026: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist and runs at 01:30 UTC (03:30 CEST).
        var next = CronExpression.Parse("30 2 * * *").NextAfter(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero), Berlin);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void NextAfter_TimeInFallBackOverlap_RunsOnceAtFirstOccurrence()
    {
        // 25 Oct 2026: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice, the job runs at the first (00:30 UTC).
        var cron = CronExpression.Parse("30 2 * * *");
        var first = cron.NextAfter(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero), Berlin);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 1, 30, 0, TimeSpan.Zero), cron.NextAfter(first!.Value, Berlin));
    }

    [Theory]
    [InlineData("0 9 * *", "expected 5")]
    [InlineData("61 9 * * *", "minute")]
    [InlineData("0 9 * foo *", "month")]
    [InlineData("0 9 * * 1/0", "step")]
    [InlineData("0 25 * * *", "hour")]
    public void TryParse_Malformed_NamesTheField(string cron, string expected)
    {
        Assert.False(CronExpression.TryParse(cron, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void NextAfter_DayOfMonthAndWeekRestricted_MatchesEither()
    {
        var next = CronExpression.Parse("0 12 13 * FRI").NextAfter(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 12, 0, 0, TimeSpan.Zero), next); // Friday 6th comes before the 13th
    }
}
