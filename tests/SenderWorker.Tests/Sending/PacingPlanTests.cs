using Microsoft.Extensions.Time.Testing;
using WhatsAppCampaigns.SenderWorker.Sending;

namespace WhatsAppCampaigns.SenderWorker.Tests.Sending;

public class PacingPlanTests
{
    [Theory]
    [InlineData(80)]
    [InlineData(250)]
    [InlineData(1000)]
    public void RateAt_NoErrors_BooksJustUnderTheConfiguredRateSoNoSecondHoldsMore(double rate)
    {
        var plan = PacingPlan.Start(rate);
        var now = new FakeTimeProvider().GetUtcNow();

        Assert.InRange(plan.RateAt(now), rate * 0.97, rate * 0.99);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(1000)]
    public void JitterAt_EverySend_StaysInsideAQuarterOfItsSlot(double rate)
    {
        var plan = PacingPlan.Start(rate);
        var now = new FakeTimeProvider().GetUtcNow();
        var interval = TimeSpan.FromSeconds(1 / plan.RateAt(now));

        Assert.Equal(TimeSpan.Zero, plan.JitterAt(now, () => 0));
        Assert.InRange(plan.JitterAt(now, () => 0.999), interval * 0.24, interval * 0.25);
    }

    [Fact]
    public void JitterAt_SlotsWithRandomJitter_AnyOneSecondHoldsAtMostTheRateAndNoTwoSendsBunch()
    {
        var clock = new FakeTimeProvider();
        var plan = PacingPlan.Start(80);
        var random = new Random(3);
        var interval = TimeSpan.FromSeconds(1 / plan.RateAt(clock.GetUtcNow()));
        var sends = Enumerable.Range(0, 800)
            .Select(i => clock.GetUtcNow() + interval * i + plan.JitterAt(clock.GetUtcNow(), random.NextDouble)).Order().ToList();

        var mostInASecond = sends.Select((s, i) => sends.Skip(i).TakeWhile(t => t - s < TimeSpan.FromSeconds(1)).Count()).Max();
        var closest = sends.Zip(sends.Skip(1), (a, b) => b - a).Min();
        Assert.True(mostInASecond <= 80, $"{mostInASecond} sends in one second");
        Assert.True(closest >= interval * 0.75, $"two sends {closest.TotalMilliseconds} ms apart");
    }

    [Fact]
    public void OnThrottled_ErrorsThenQuiet_RateDropsThenClimbsBackToTheConfiguredRateWithinSeconds()
    {
        var clock = new FakeTimeProvider();
        var plan = PacingPlan.Start(80);
        var full = plan.RateAt(clock.GetUtcNow());

        plan = plan.OnThrottled(clock.GetUtcNow());
        var cut = plan.RateAt(clock.GetUtcNow());
        clock.Advance(TimeSpan.FromSeconds(1.5));
        var climbing = plan.RateAt(clock.GetUtcNow());
        clock.Advance(TimeSpan.FromSeconds(1.5));
        var after3s = plan.RateAt(clock.GetUtcNow());

        Assert.Equal(full * PacingPlan.CutTo, cut, 6);
        Assert.InRange(climbing, cut + 1, full - 1);
        Assert.Equal(full, after3s, 6);
    }

    [Fact]
    public void OnThrottled_ErrorsFromRequestsAlreadyInFlight_CutOnce()
    {
        var clock = new FakeTimeProvider();
        var plan = PacingPlan.Start(250);

        plan = plan.OnThrottled(clock.GetUtcNow());
        for (var i = 0; i < 50; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(10));
            plan = plan.OnThrottled(clock.GetUtcNow());
        }

        Assert.Equal(250 * PacingPlan.Headroom * PacingPlan.CutTo, plan.RateAt(clock.GetUtcNow()), 6);
    }

    [Fact]
    public void OnThrottled_ErrorsThatKeepComing_CutToAFloorNotToZero()
    {
        var clock = new FakeTimeProvider();
        var plan = PacingPlan.Start(80);

        for (var i = 0; i < 20; i++)
        {
            plan = plan.OnThrottled(clock.GetUtcNow());
            clock.Advance(PacingPlan.HoldAfterCut);
        }

        Assert.Equal(80 * PacingPlan.Headroom * PacingPlan.MinFactor, plan.RateAt(clock.GetUtcNow() - PacingPlan.HoldAfterCut), 6);
    }
}
