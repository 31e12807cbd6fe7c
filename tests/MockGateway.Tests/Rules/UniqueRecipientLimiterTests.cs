using WhatsAppCampaigns.MockGateway.Rules;

namespace WhatsAppCampaigns.MockGateway.Tests.Rules;

public sealed class UniqueRecipientLimiterTests
{
    private const long Hour = TimeSpan.TicksPerHour;

    [Fact]
    public void TryCount_MovingWindow_FreesAUserOnly24HoursAfterTheirLastCount()
    {
        var limiter = new UniqueRecipientLimiter(2);

        Assert.True(limiter.TryCount("a", 0));
        Assert.True(limiter.TryCount("b", 1 * Hour));
        Assert.True(limiter.TryCount("a", 10 * Hour));   // already counted: free, and refreshed
        Assert.False(limiter.TryCount("c", 23 * Hour));
        Assert.False(limiter.TryCount("c", 24 * Hour));  // "a" was refreshed at 10 h
        Assert.True(limiter.TryCount("c", 25 * Hour));   // "b" left the window
        Assert.Equal(2, limiter.Count);
    }

    [Fact]
    public void TryCount_NoLimit_AlwaysAllows()
    {
        var limiter = new UniqueRecipientLimiter(null);
        for (var i = 0; i < 1000; i++) Assert.True(limiter.TryCount(i.ToString(), 0));
    }
}
