using Kube.Operator.Queue;
using Microsoft.Extensions.Time.Testing;
using TestSupport;

namespace Kube.Operator.Tests.Queue;

public sealed class RateLimitingQueueTests
{
    private static RateLimitingQueue<string> NewQueue(TimeProvider time) =>
        new("test", RateLimiters.DefaultControllerRateLimiter<string>(time), time);

    [Fact]
    public async Task Add_SameKeyTwiceWhilePending_QueuesItOnce()
    {
        using var queue = NewQueue(new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        queue.Add("a");
        queue.Add("a");
        queue.Add("b");
        Assert.Equal(2, queue.Len);
        var (first, _) = await queue.GetAsync();
        var (second, _) = await queue.GetAsync();
        Assert.Equal(["a", "b"], new[] { first, second });
        Assert.Equal(0, queue.Len);
    }

    [Fact]
    public async Task Add_KeyWhileProcessing_IsHandedOutOnlyAfterDone()
    {
        using var queue = NewQueue(new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        queue.Add("a");
        var (item, _) = await queue.GetAsync();
        queue.Add("a");
        Assert.Equal(0, queue.Len); // dirty, but not available to a second worker
        var second = queue.GetAsync();
        Assert.False(second.IsCompleted);
        queue.Done(item);
        var (again, shutdown) = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("a", again);
        Assert.False(shutdown);
    }

    [Fact]
    public async Task GetAsync_ManyWorkersAndRepeatedAdds_NeverHandsOneKeyToTwoWorkers()
    {
        using var queue = NewQueue(TimeProvider.System);
        var inFlight = new Dictionary<string, int>();
        var violations = 0;
        var processed = 0;
        using var stop = new CancellationTokenSource();
        async Task WorkerAsync()
        {
            while (true)
            {
                var (key, shutdown) = await queue.GetAsync();
                if (shutdown) return;
                lock (inFlight)
                {
                    inFlight[key] = inFlight.GetValueOrDefault(key) + 1;
                    if (inFlight[key] > 1) violations++;
                }
                await Task.Yield();
                lock (inFlight) inFlight[key]--;
                Interlocked.Increment(ref processed);
                queue.Done(key);
            }
        }
        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(WorkerAsync)).ToList();
        for (var round = 0; round < 200; round++)
            for (var k = 0; k < 10; k++) queue.Add($"k{k}");
        await Eventually.UntilAsync(() => queue.Len == 0 && Volatile.Read(ref processed) >= 10, "queue drained");
        queue.ShutDown();
        await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, violations);
    }

    [Fact]
    public void ExponentialFailureRateLimiter_RepeatedFailures_DoublesFrom5MsTo1000Seconds()
    {
        var limiter = new ItemExponentialFailureRateLimiter<string>(RateLimiters.DefaultBaseDelay, RateLimiters.DefaultMaxDelay);
        var delays = Enumerable.Range(0, 5).Select(_ => limiter.When("a").TotalMilliseconds).ToList();
        Assert.Equal([5, 10, 20, 40, 80], delays);
        Assert.Equal(5, limiter.NumRequeues("a"));
        for (var i = 0; i < 30; i++) limiter.When("a");
        Assert.Equal(TimeSpan.FromSeconds(1000), limiter.When("a"));
        Assert.Equal(TimeSpan.FromMilliseconds(5), limiter.When("b")); // per item
        limiter.Forget("a");
        Assert.Equal(TimeSpan.FromMilliseconds(5), limiter.When("a"));
    }

    [Fact]
    public void BucketRateLimiter_BurstSpent_SpacesCallsAtTheRate()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var bucket = new BucketRateLimiter<string>(10, 100, time);
        for (var i = 0; i < 100; i++) Assert.Equal(TimeSpan.Zero, bucket.When($"k{i}"));
        Assert.Equal(TimeSpan.FromMilliseconds(100), bucket.When("x"));
        Assert.Equal(TimeSpan.FromMilliseconds(200), bucket.When("y"));
        time.Advance(TimeSpan.FromSeconds(1)); // refills 10 tokens, 2 of which pay the debt
        for (var i = 0; i < 8; i++) Assert.Equal(TimeSpan.Zero, bucket.When($"z{i}"));
        Assert.Equal(TimeSpan.FromMilliseconds(100), bucket.When("w"));
    }

    [Fact]
    public void DefaultControllerRateLimiter_AfterBurst_TakesTheLongerOfBackoffAndBucket()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var limiter = RateLimiters.DefaultControllerRateLimiter<string>(time);
        for (var i = 0; i < 100; i++) limiter.When($"k{i}");
        // Item backoff would say 5 ms, the empty bucket says 100 ms: the maximum wins.
        Assert.Equal(TimeSpan.FromMilliseconds(100), limiter.When("fresh"));
        // A long-failing item: backoff (5 ms × 2^12 = 20.48 s) beats the bucket.
        for (var i = 0; i < 12; i++) limiter.When("bad");
        Assert.Equal(TimeSpan.FromMilliseconds(5 * Math.Pow(2, 12)), limiter.When("bad"));
    }

    [Fact]
    public async Task AddAfter_OnManualClock_ReadyOnlyWhenTheDelayPassed()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var queue = NewQueue(time);
        queue.AddAfter("a", TimeSpan.FromSeconds(10));
        queue.AddAfter("a", TimeSpan.FromSeconds(30)); // the earlier ready time wins
        Assert.Equal(0, queue.Len);
        time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, queue.Len);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, queue.Len);
        var (item, _) = await queue.GetAsync();
        Assert.Equal("a", item);
        queue.Done(item);
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, queue.Len);
        Assert.Equal(0, queue.WaitingCount);
    }

    [Fact]
    public void AddRateLimited_FailuresThenForget_BacksOffThenResets()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var queue = NewQueue(time);
        queue.AddRateLimited("a"); // 5 ms
        time.Advance(TimeSpan.FromMilliseconds(4));
        Assert.Equal(0, queue.Len);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, queue.Len);
        queue.AddRateLimited("b");
        queue.AddRateLimited("b"); // second failure of b: 10 ms, but the first (5 ms) is earlier and wins
        Assert.Equal(2, queue.NumRequeues("b"));
        queue.Forget("b");
        Assert.Equal(0, queue.NumRequeues("b"));
    }

    [Fact]
    public async Task ShutDown_WaitingWorker_ReturnsShutdown()
    {
        using var queue = NewQueue(new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var waiting = queue.GetAsync();
        queue.ShutDown();
        var (_, shutdown) = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(shutdown);
    }
}
