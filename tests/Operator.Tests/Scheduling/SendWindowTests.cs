using WhatsAppCampaigns.Operator.Scheduling;

namespace WhatsAppCampaigns.Operator.Tests.Scheduling;

public sealed class SendWindowTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly SendWindow Office = new(new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday }, TimeSpan.FromHours(9), TimeSpan.FromHours(17), Berlin);

    [Theory]
    [InlineData("2026-03-02T07:59:00Z", false)] // Mon 08:59 CET
    [InlineData("2026-03-02T08:00:00Z", true)]  // Mon 09:00 CET
    [InlineData("2026-03-02T15:59:00Z", true)]
    [InlineData("2026-03-02T16:00:00Z", false)] // Mon 17:00 CET
    [InlineData("2026-03-04T10:00:00Z", false)] // Wednesday
    public void IsOpen_OfficeHoursInBerlin_FollowsWallClock(string at, bool open) =>
        Assert.Equal(open, Office.IsOpen(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void NextOpen_AfterTuesdayClose_IsNextMonday() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero), Office.NextOpen(new DateTimeOffset(2026, 3, 3, 17, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void IsOpen_Overnight_OpenAfterMidnightOfOpenDay()
    {
        var night = new SendWindow(new HashSet<DayOfWeek> { DayOfWeek.Friday }, TimeSpan.FromHours(22), TimeSpan.FromHours(2), TimeZoneInfo.Utc);
        Assert.True(night.IsOpen(new DateTimeOffset(2026, 3, 7, 1, 0, 0, TimeSpan.Zero)));  // Saturday 01:00
        Assert.False(night.IsOpen(new DateTimeOffset(2026, 3, 8, 1, 0, 0, TimeSpan.Zero))); // Sunday 01:00
    }
}
