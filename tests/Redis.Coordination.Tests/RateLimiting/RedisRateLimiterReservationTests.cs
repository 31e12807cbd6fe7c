using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using WhatsAppCampaigns.Redis.Coordination.RateLimiting;

namespace WhatsAppCampaigns.Redis.Coordination.Tests.RateLimiting;

public class RedisRateLimiterReservationTests(ThreeServersFixture fixture) : IClassFixture<ThreeServersFixture>
{
    private string Endpoint => fixture.Servers[0].Endpoint;

    [Theory]
    [InlineData(80)]
    [InlineData(250)]
    [InlineData(1000)]
    public async Task TryReserveAsync_TwoSendersOnOneSession_SlotsNeverExceedTheRateInAnyOneSecondAndSplitFairly(double perSecond)
    {
        var clock = new FakeTimeProvider();
        var limit = new RateLimit(perSecond, burst: (int)perSecond); // a configured burst must not let a second hold more
        var session = "session-" + Guid.NewGuid().ToString("N")[..8];
        await using var a = await ConnectionMultiplexer.ConnectAsync(Endpoint);
        await using var b = await ConnectionMultiplexer.ConnectAsync(Endpoint);
        var senders = new[] { new RedisRateLimiter(a.GetDatabase(), clock), new RedisRateLimiter(b.GetDatabase(), clock) };
        var slots = new List<DateTimeOffset>[] { [], [] };
        var horizon = TimeSpan.FromMilliseconds(200);
        var random = new Random(7);

        // Both senders book as fast as the horizon lets them, while the logical clock moves in random steps.
        for (var step = 0; step < 400; step++)
        {
            // Neither sender is favoured: which one asks first changes at random, as it does between pods.
            foreach (var i in random.Next(2) == 0 ? new[] { 0, 1 } : [1, 0])
            {
                var reservation = await senders[i].TryReserveAsync(session, limit, horizon);
                if (reservation.Reserved) slots[i].Add(clock.GetUtcNow() + reservation.Delay);
                else Assert.True(reservation.Delay > TimeSpan.Zero);
            }
            if (random.Next(3) == 0) clock.Advance(TimeSpan.FromMicroseconds(random.Next(1, 20_000)));
        }

        var all = slots[0].Concat(slots[1]).Order().ToList();
        Assert.True(all.Count >= 100, $"only {all.Count} slots booked");
        Assert.True(MostInAnyWindow(all, TimeSpan.FromSeconds(1)) <= perSecond, $"{MostInAnyWindow(all, TimeSpan.FromSeconds(1))} slots within 1 s at {perSecond}/s");
        var gaps = all.Zip(all.Skip(1), (x, y) => y - x).ToList();
        Assert.All(gaps, g => Assert.True(g >= TimeSpan.FromMicroseconds(limit.EmissionIntervalMicroseconds), $"gap {g.TotalMicroseconds} µs"));
        var (fewer, more) = (Math.Min(slots[0].Count, slots[1].Count), Math.Max(slots[0].Count, slots[1].Count));
        Assert.True(fewer >= more * 0.8, $"unfair split {slots[0].Count} / {slots[1].Count}");
    }

    [Fact]
    public async Task TryReserveAsync_ScheduleFullToTheHorizon_DeniesUntilASlotFallsWithinIt()
    {
        var clock = new FakeTimeProvider();
        var limit = new RateLimit(10, 1);
        var session = "session-" + Guid.NewGuid().ToString("N")[..8];
        await using var connection = await ConnectionMultiplexer.ConnectAsync(Endpoint);
        var limiter = new RedisRateLimiter(connection.GetDatabase(), clock);
        var horizon = TimeSpan.FromMilliseconds(250);

        var delays = new List<TimeSpan>();
        for (var i = 0; i < 3; i++) delays.Add((await limiter.TryReserveAsync(session, limit, horizon)).Delay);
        var denied = await limiter.TryReserveAsync(session, limit, horizon);

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)], delays);
        Assert.False(denied.Reserved);
        Assert.Equal(TimeSpan.FromMilliseconds(50), denied.Delay);
        clock.Advance(denied.Delay);
        var next = await limiter.TryReserveAsync(session, limit, horizon);
        Assert.True(next.Reserved);
        Assert.Equal(horizon, next.Delay);
    }

    [Fact]
    public async Task TryReserveAsync_CallerLate_KeepsItsBookedSlotAndTheScheduleDoesNotDrift()
    {
        var clock = new FakeTimeProvider();
        var limit = new RateLimit(100, 1);
        var session = "session-" + Guid.NewGuid().ToString("N")[..8];
        await using var connection = await ConnectionMultiplexer.ConnectAsync(Endpoint);
        var limiter = new RedisRateLimiter(connection.GetDatabase(), clock);
        var start = clock.GetUtcNow();

        // Book a second's worth ahead, then let the clock pass the slots late: the next booking follows the
        // last slot, not "now", as long as the schedule is still ahead.
        var slots = new List<DateTimeOffset>();
        for (var i = 0; i < 100; i++) slots.Add(clock.GetUtcNow() + await limiter.ReserveAsync(session, limit, TimeSpan.FromSeconds(1)));
        clock.Advance(TimeSpan.FromMilliseconds(500));
        var after = clock.GetUtcNow() + await limiter.ReserveAsync(session, limit, TimeSpan.FromSeconds(1));

        Assert.Equal(start + TimeSpan.FromMilliseconds(990), slots[^1]);
        Assert.Equal(start + TimeSpan.FromSeconds(1), after);
    }

    private static int MostInAnyWindow(List<DateTimeOffset> sorted, TimeSpan window)
    {
        var most = 0;
        for (int i = 0, j = 0; j < sorted.Count; j++)
        {
            while (sorted[j] - sorted[i] >= window) i++;
            most = Math.Max(most, j - i + 1);
        }
        return most;
    }
}
