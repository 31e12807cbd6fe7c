using WhatsAppCampaigns.MockGateway.Rules;

namespace WhatsAppCampaigns.MockGateway.Tests.Rules;

public class SlidingSecondCellTests
{
    private const long Ms = TimeSpan.TicksPerMillisecond;

    [Fact]
    public void TryAcquire_ASecondsWorthAtOnce_RefusesTheNextUntilTheFirstIsASecondOld()
    {
        var cell = new SlidingSecondCell(80);

        for (var i = 0; i < 80; i++) Assert.True(cell.TryAcquire(0));

        Assert.False(cell.TryAcquire(999 * Ms));
        Assert.True(cell.TryAcquire(1000 * Ms));
    }

    [Fact]
    public void TryAcquire_BurstThenSteadyRate_NeverLetsOneSecondHoldMoreThanTheLimit()
    {
        // The old GCRA cell (a second's worth of tolerance) let 80 at once and then one every 12.5 ms:
        // 159 within the first second. A faithful per-second limit refuses all of those after the burst.
        var cell = new SlidingSecondCell(80);
        for (var i = 0; i < 80; i++) Assert.True(cell.TryAcquire(0));

        var acceptedInTheFirstSecond = Enumerable.Range(1, 79).Count(i => cell.TryAcquire(i * 125 * Ms / 10));

        Assert.Equal(0, acceptedInTheFirstSecond);
    }

    [Fact]
    public void TryAcquire_EvenlySpacedAtTheLimit_AcceptsEveryMessage()
    {
        var cell = new SlidingSecondCell(1000);

        var refused = Enumerable.Range(0, 5000).Count(i => !cell.TryAcquire(i * Ms));

        Assert.Equal(0, refused);
    }

    [Fact]
    public void TryAcquire_SlightlyFasterThanTheLimit_RefusesTheExcess()
    {
        var cell = new SlidingSecondCell(100);

        var accepted = Enumerable.Range(0, 1100).Count(i => cell.TryAcquire(i * 9 * Ms)); // 111/s for 9.9 s

        Assert.InRange(accepted, 980, 1000);
    }
}
