using WhatsAppCampaigns.MockGateway.Rules;

namespace WhatsAppCampaigns.MockGateway.Tests.Rules;

public sealed class GcraTests
{
    [Fact]
    public void TryAcquire_BurstOfPairLimit_Allows45ThenRefusesUntilAllowanceReturns()
    {
        var interval = TimeSpan.FromSeconds(6).Ticks;
        var tolerance = Gcra.ToleranceFor(interval, 45);
        long tat = 0;
        var allowed = 0;
        while (Gcra.TryAcquire(tat, 1000, interval, tolerance, out var next))
        {
            tat = next;
            allowed++;
        }

        Assert.Equal(45, allowed);
        Assert.False(Gcra.TryAcquire(tat, 1000 + interval - 1, interval, tolerance, out _));
        Assert.True(Gcra.TryAcquire(tat, 1000 + interval, interval, tolerance, out _));
    }

    [Fact]
    public void TryAcquire_SteadyRateAtInterval_IsAlwaysAllowed()
    {
        long tat = 0;
        for (var i = 0; i < 1000; i++)
            Assert.True(Gcra.TryAcquire(tat, i * 125_000L, 125_000, 0, out tat));
    }
}
