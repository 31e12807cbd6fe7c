using Microsoft.Extensions.Time.Testing;
using WhatsAppCampaigns.SenderWorker.Sending;

namespace WhatsAppCampaigns.SenderWorker.Tests.Sending;

public class SendWindowTests
{
    [Fact]
    public void TryTake_LateSendsCatchingUpWithPunctualOnes_WaitSoNoSecondHoldsMoreThanTheRate()
    {
        // The first 20 slots of an 80/s schedule leave 200 ms late (connections opening), the rest on time:
        // without the window, 81 sends would fall within one second.
        var clock = new FakeTimeProvider();
        var start = clock.GetUtcNow();
        var window = new SendWindow(80);
        var slots = Enumerable.Range(0, 400).Select(i => start + TimeSpan.FromSeconds(i / 79.0) + (i < 20 ? TimeSpan.FromMilliseconds(200) : TimeSpan.Zero))
            .Order().ToList();

        var sent = new List<DateTimeOffset>();
        foreach (var slot in slots)
        {
            if (slot > clock.GetUtcNow()) clock.Advance(slot - clock.GetUtcNow());
            TimeSpan wait;
            while ((wait = window.TryTake(clock.GetUtcNow())) > TimeSpan.Zero) clock.Advance(wait);
            sent.Add(clock.GetUtcNow());
        }

        var most = sent.Select((s, i) => sent.Skip(i).TakeWhile(t => t - s < TimeSpan.FromSeconds(1)).Count()).Max();
        Assert.True(most <= 80, $"{most} sends within one second");
        Assert.True(sent[^1] - slots[^1] < TimeSpan.FromMilliseconds(300), $"the window held sends back {(sent[^1] - slots[^1]).TotalMilliseconds} ms");
    }

    [Fact]
    public void TryTake_EvenlyUnderTheRate_NeverWaits()
    {
        var clock = new FakeTimeProvider();
        var window = new SendWindow(1000);

        var waits = 0;
        for (var i = 0; i < 5000; i++)
        {
            if (window.TryTake(clock.GetUtcNow()) > TimeSpan.Zero) waits++;
            clock.Advance(TimeSpan.FromSeconds(1 / (1000 * PacingPlan.Headroom)));
        }

        Assert.Equal(0, waits);
    }
}
