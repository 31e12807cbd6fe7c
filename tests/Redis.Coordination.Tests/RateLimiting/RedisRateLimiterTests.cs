using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using TestSupport;
using WhatsAppCampaigns.Redis.Coordination.RateLimiting;

namespace WhatsAppCampaigns.Redis.Coordination.Tests.RateLimiting;

public class RedisRateLimiterTests(ThreeServersFixture fixture) : IClassFixture<ThreeServersFixture>
{
    private static readonly TimeSpan[] Windows =
        [TimeSpan.Zero, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(350),
         TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(10)];

    private string Endpoint => fixture.Servers[0].Endpoint;

    [Theory]
    [InlineData(80, 1)]
    [InlineData(80, 10)]
    [InlineData(3, 2)]
    [InlineData(1000, 5)]
    public async Task TryAcquireAsync_SeveralConcurrentClientsOnALogicalClock_NeverExceedRateTimesWindowPlusBurst(double perSecond, int burst)
    {
        var clock = new FakeTimeProvider();
        var limit = new RateLimit(perSecond, burst);
        var session = "session-" + Guid.NewGuid().ToString("N")[..8];
        var random = new Random(42);
        var clients = new List<ConnectionMultiplexer>();
        for (var i = 0; i < 4; i++) clients.Add(await ConnectionMultiplexer.ConnectAsync(Endpoint));
        var limiters = clients.Select(c => new RedisRateLimiter(c.GetDatabase(), clock)).ToList();
        var admitted = new List<DateTimeOffset>();
        var start = clock.GetUtcNow();
        var simulated = TimeSpan.FromSeconds(Math.Min(20, 600 / perSecond));

        // Each step moves the logical clock by a random amount (sometimes not at all), then every
        // client asks several times at once: the clients compete for one shared budget.
        while (clock.GetUtcNow() - start < simulated)
        {
            clock.Advance(TimeSpan.FromMicroseconds(random.Next(0, 3) == 0 ? 0 : random.Next(1, (int)(1_000_000 / perSecond))));
            var now = clock.GetUtcNow();
            var decisions = await Task.WhenAll(limiters.SelectMany(l => Enumerable.Range(0, 3).Select(_ => l.TryAcquireAsync(session, limit))));
            admitted.AddRange(decisions.Where(d => d.Allowed).Select(_ => now));
            Assert.All(decisions.Where(d => !d.Allowed), d => Assert.True(d.RetryAfter > TimeSpan.Zero));
        }
        foreach (var client in clients) await client.DisposeAsync();

        foreach (var window in Windows)
        {
            var most = MostInAnyWindow(admitted, window);
            var bound = perSecond * window.TotalSeconds + burst;
            Assert.True(most <= bound, $"{most} admitted within {window.TotalMilliseconds} ms; bound {bound} for {limit}");
        }
        // The limiter must also let most of the rate through, or "never too many" would hold trivially
        // (admissions can only happen at the simulated steps, so some of each interval is lost).
        Assert.True(admitted.Count >= perSecond * simulated.TotalSeconds * 0.6, $"only {admitted.Count} admitted in {simulated}");
    }

    [Fact]
    public async Task TryAcquireAsync_Denied_RetryAfterIsExactlyWhenItPasses()
    {
        var clock = new FakeTimeProvider();
        await using var mux = await ConnectionMultiplexer.ConnectAsync(Endpoint);
        var limiter = new RedisRateLimiter(mux.GetDatabase(), clock);
        var limit = new RateLimit(10, 2);
        var session = "exact-" + Guid.NewGuid().ToString("N")[..8];

        Assert.True((await limiter.TryAcquireAsync(session, limit)).Allowed);
        Assert.True((await limiter.TryAcquireAsync(session, limit)).Allowed);
        var denied = await limiter.TryAcquireAsync(session, limit);

        Assert.False(denied.Allowed);
        Assert.Equal(TimeSpan.FromMilliseconds(100), denied.RetryAfter);
        clock.Advance(denied.RetryAfter - TimeSpan.FromMicroseconds(1));
        Assert.False((await limiter.TryAcquireAsync(session, limit)).Allowed);
        clock.Advance(TimeSpan.FromMicroseconds(1));
        Assert.True((await limiter.TryAcquireAsync(session, limit)).Allowed);
    }

    [Fact]
    public async Task TryAcquireAsync_DifferentSessions_HaveSeparateBudgets()
    {
        var clock = new FakeTimeProvider();
        await using var mux = await ConnectionMultiplexer.ConnectAsync(Endpoint);
        var limiter = new RedisRateLimiter(mux.GetDatabase(), clock);
        var limit = new RateLimit(1, 1);
        var id = Guid.NewGuid().ToString("N")[..8];

        Assert.True((await limiter.TryAcquireAsync("a-" + id, limit)).Allowed);
        Assert.True((await limiter.TryAcquireAsync("b-" + id, limit)).Allowed);
        Assert.False((await limiter.TryAcquireAsync("a-" + id, limit)).Allowed);
        Assert.Equal("rl:{wa:a-" + id + "}", (string?)limiter.KeyFor("a-" + id));
    }

    [Fact]
    public async Task WaitAsync_BudgetSpent_CompletesOnlyOnceTheLogicalClockReachesTheSlot()
    {
        var clock = new FakeTimeProvider();
        await using var mux = await ConnectionMultiplexer.ConnectAsync(Endpoint);
        var limiter = new RedisRateLimiter(mux.GetDatabase(), clock);
        var limit = new RateLimit(10, 1);
        var session = "wait-" + Guid.NewGuid().ToString("N")[..8];
        await limiter.WaitAsync(session, limit);
        var start = clock.GetUtcNow();

        var waiting = limiter.WaitAsync(session, limit);
        await Eventually.UntilAsync(() =>
        {
            if (!waiting.IsCompleted) clock.Advance(TimeSpan.FromMilliseconds(5));
            return waiting.IsCompleted;
        }, "the second unit to be admitted", TimeSpan.FromSeconds(10));

        await waiting;
        Assert.True(clock.GetUtcNow() - start >= TimeSpan.FromMilliseconds(100), $"admitted after {clock.GetUtcNow() - start}");
    }

    [Fact]
    public async Task TryAcquireAsync_ServerTime_AdmitsBurstThenDenies()
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(Endpoint);
        var limiter = new RedisRateLimiter(mux.GetDatabase(), TimeProvider.System) { UseServerTime = true };
        var limit = new RateLimit(0.001, 3);
        var session = "server-" + Guid.NewGuid().ToString("N")[..8];

        var decisions = new List<RateLimitDecision>();
        for (var i = 0; i < 5; i++) decisions.Add(await limiter.TryAcquireAsync(session, limit));

        Assert.Equal([true, true, true, false, false], decisions.Select(d => d.Allowed));
    }

    [Theory]
    [InlineData(0, 1, "perSecond")]
    [InlineData(-1, 1, "perSecond")]
    [InlineData(double.NaN, 1, "perSecond")]
    [InlineData(5, 0, "burst")]
    public void RateLimit_Invalid_ThrowsNamingTheParameter(double perSecond, int burst, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RateLimit(perSecond, burst));

        Assert.Equal(parameter, error.ParamName);
    }

    private static int MostInAnyWindow(List<DateTimeOffset> times, TimeSpan window)
    {
        var sorted = times.Order().ToList();
        var most = 0;
        var end = 0;
        for (var first = 0; first < sorted.Count; first++)
        {
            while (end < sorted.Count && sorted[end] - sorted[first] <= window) end++;
            most = Math.Max(most, end - first);
        }
        return most;
    }
}
