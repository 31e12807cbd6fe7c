using RedLockNet;
using StackExchange.Redis;
using TestSupport;

namespace WhatsAppCampaigns.Redis.Coordination.Tests.Locks;

public sealed class RedLockFailureTests : IAsyncLifetime
{
    private RedisServer[] _servers = [];

    public async Task InitializeAsync() => _servers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => RedisServer.StartAsync()));

    public async Task DisposeAsync()
    {
        foreach (var server in _servers) await server.DisposeAsync();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task AcquireAsync_HolderExitsWithoutReleasing_LockFreesAfterItsTtl(int serverCount)
    {
        var servers = _servers.Take(serverCount).ToList();
        var resource = LockNodes.Resource();
        var crashed = await LockNodes.ConnectAsync(servers);
        var held = await crashed.AcquireAsync(resource, TimeSpan.FromSeconds(2));
        Assert.True(held.IsAcquired, held.FailureReason);
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        held.Lost.Register(() => lost.TrySetResult());

        // The holder "dies": its connections close, nothing is released, nothing extends.
        await crashed.DisposeAsync();
        await using var other = await LockNodes.ConnectAsync(servers);
        await using (var early = await other.AcquireAsync(resource, TimeSpan.FromSeconds(1)))
        {
            Assert.False(early.IsAcquired);
            Assert.Equal(RedLockStatus.Conflicted, early.Lock.Status);
        }
        await using var later = await other.AcquireAsync(resource, TimeSpan.FromSeconds(1),
            wait: TimeSpan.FromSeconds(10), retry: TimeSpan.FromMilliseconds(20));

        Assert.True(later.IsAcquired, later.FailureReason);
        await lost.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(held.IsAcquired);
        Assert.True(later.Token > held.Token);
        // Not disposed: a crashed holder releases nothing (RedLock.net's own release would throw on the closed connections).
    }

    [Fact]
    public async Task AcquireAsync_ThreeServersOneDown_StillAcquires()
    {
        await using var nodes = await LockNodes.ConnectAsync(_servers);
        _servers[2].Kill();

        await using var fenced = await nodes.AcquireAsync(LockNodes.Resource(), TimeSpan.FromSeconds(2));

        Assert.True(fenced.IsAcquired, fenced.FailureReason);
        Assert.Equal(new RedLockInstanceSummary(2, 0, 1), fenced.Lock.InstanceSummary);
        Assert.True(fenced.Token.Value > 0);
    }

    [Fact]
    public async Task AcquireAsync_ThreeServersTwoDown_FailsWithClearError()
    {
        await using var nodes = await LockNodes.ConnectAsync(_servers);
        _servers[1].Kill();
        _servers[2].Kill();
        var resource = LockNodes.Resource();

        await using var fenced = await nodes.AcquireAsync(resource, TimeSpan.FromSeconds(2));

        Assert.False(fenced.IsAcquired);
        Assert.Equal(RedLockStatus.NoQuorum, fenced.Lock.Status);
        Assert.Equal(new RedLockInstanceSummary(1, 0, 2), fenced.Lock.InstanceSummary);
        Assert.True(fenced.Lost.IsCancellationRequested);
        Assert.Equal(default, fenced.Token);
        Assert.Contains($"lock on '{resource}' not acquired", fenced.FailureReason);
        Assert.Contains("NoQuorum (Acquired: 1, Conflicted: 0, Error: 2)", fenced.FailureReason);
    }

    [Fact]
    public async Task AcquireAsync_ThreeServersTwoDown_ReleasesThePartialLock()
    {
        var resource = LockNodes.Resource();
        await using var nodes = await LockNodes.ConnectAsync(_servers);
        _servers[1].Kill();
        _servers[2].Kill();

        await using var fenced = await nodes.AcquireAsync(resource, TimeSpan.FromSeconds(30));

        await using var direct = await ConnectionMultiplexer.ConnectAsync(_servers[0].Endpoint);
        Assert.False(await direct.GetDatabase().KeyExistsAsync($"redlock:{resource}"));
    }

    [Fact]
    public async Task Lost_ServerDiesWhileHeld_FiresAndIsAcquiredTurnsFalse()
    {
        await using var nodes = await LockNodes.ConnectAsync(_servers.Take(1));
        await using var fenced = await nodes.AcquireAsync(LockNodes.Resource(), TimeSpan.FromMilliseconds(400));
        Assert.True(fenced.IsAcquired, fenced.FailureReason);
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fenced.Lost.Register(() => lost.TrySetResult());

        _servers[0].Kill();

        await lost.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(fenced.IsAcquired);
        Assert.NotNull(fenced.FailureReason);
    }

    [Fact]
    public async Task Extension_WhileHeld_KeepsTheLockPastItsTtl()
    {
        var resource = LockNodes.Resource();
        await using var nodes = await LockNodes.ConnectAsync(_servers);
        // 3 s rather than less: on a loaded 2-core CI box RedLock.net's extension timer (a thread-pool
        // timer making synchronous calls) can fire a second late, and a lock not extended for most of
        // its expiry is lost, which is the lost-lock tests' subject, not this one's.
        await using var fenced = await nodes.AcquireAsync(resource, TimeSpan.FromSeconds(3));
        Assert.True(fenced.IsAcquired, fenced.FailureReason);

        // Four extensions at ttl/2 each keep the lock well past its 3 s TTL.
        await Eventually.UntilAsync(() => fenced.Lock.ExtendCount >= 4, "four automatic extensions", TimeSpan.FromSeconds(30));

        // RedLock.net's own view: this test is about its extensions. (Our watch may already call the
        // lock lost if the box was so loaded that an extension came later than 0.9 of the expiry;
        // LockLossWatchTests pin that rule on a fake clock.)
        Assert.True(fenced.Lock.IsAcquired, $"{fenced.Lock.Status} ({fenced.Lock.InstanceSummary})");
        await using var other = await LockNodes.ConnectAsync(_servers);
        await using var contender = await other.AcquireAsync(resource, TimeSpan.FromSeconds(1));
        Assert.Equal(RedLockStatus.Conflicted, contender.Lock.Status);
    }

    [Fact]
    public async Task DisposeAsync_Held_ReleasesAtOnceForTheNextHolder()
    {
        var resource = LockNodes.Resource();
        await using var nodes = await LockNodes.ConnectAsync(_servers);
        var first = await nodes.AcquireAsync(resource, TimeSpan.FromSeconds(30));
        Assert.True(first.IsAcquired, first.FailureReason);

        await first.DisposeAsync();
        await using var second = await nodes.AcquireAsync(resource, TimeSpan.FromSeconds(30));

        Assert.Equal(RedLockStatus.Unlocked, first.Lock.Status);
        Assert.True(first.Lost.IsCancellationRequested);
        Assert.True(second.IsAcquired, second.FailureReason);
        Assert.True(second.Token > first.Token);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ThrowsOperationCanceled()
    {
        var resource = LockNodes.Resource();
        await using var nodes = await LockNodes.ConnectAsync(_servers);
        await using var holder = await nodes.AcquireAsync(resource, TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource();

        var waiting = nodes.AcquireAsync(resource, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(20), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task Lost_KeyTakenByAnotherHolder_FiresAtTheNextExtension()
    {
        var resource = LockNodes.Resource();
        await using var nodes = await LockNodes.ConnectAsync(_servers.Take(1));
        await using var fenced = await nodes.AcquireAsync(resource, TimeSpan.FromMilliseconds(600));
        Assert.True(fenced.IsAcquired, fenced.FailureReason);
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fenced.Lost.Register(() => lost.TrySetResult());

        await using (var direct = await ConnectionMultiplexer.ConnectAsync(_servers[0].Endpoint))
            await direct.GetDatabase().StringSetAsync($"redlock:{resource}", "someone-else");

        await lost.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(fenced.IsAcquired);
        Assert.NotNull(fenced.FailureReason);
        await Eventually.UntilAsync(() => fenced.Lock.Status == RedLockStatus.Conflicted, "the extension to report the conflict", TimeSpan.FromSeconds(5));
    }
}
