using Redis.Client;
using TestSupport;

namespace Redis.Redlock.Tests;

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
    public async Task CreateLockAsync_HolderExitsWithoutReleasing_LockFreesAfterItsTtl(int serverCount)
    {
        var servers = _servers.Take(serverCount).ToList();
        var resource = Locks.Resource();
        var crashed = Locks.Factory(servers);
        var held = await crashed.CreateLockAsync(resource, TimeSpan.FromSeconds(2));
        Assert.True(held.IsAcquired);
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        held.AsFenced().LockLost.Register(() => lost.TrySetResult());

        // The holder "dies": its connections close, nothing is released, nothing extends.
        await crashed.DisposeAsync();
        await using var other = Locks.Factory(servers);
        await using (var early = await other.CreateLockAsync(resource, TimeSpan.FromSeconds(1)))
        {
            Assert.False(early.IsAcquired);
            Assert.Equal(RedLockStatus.Conflicted, early.Status);
        }
        await using var later = await other.CreateLockAsync(resource, TimeSpan.FromSeconds(1),
            waitTime: TimeSpan.FromSeconds(10), retryTime: TimeSpan.FromMilliseconds(20));

        Assert.True(later.IsAcquired);
        await lost.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(held.IsAcquired);
    }

    [Fact]
    public async Task CreateLockAsync_ThreeServersOneDown_StillAcquires()
    {
        await using var factory = Locks.Factory(_servers);
        _servers[2].Kill();

        await using var redLock = await factory.CreateLockAsync(Locks.Resource(), TimeSpan.FromSeconds(2));

        Assert.True(redLock.IsAcquired);
        Assert.Equal(new RedLockInstanceSummary(2, 0, 1), redLock.InstanceSummary);
        Assert.True(redLock.AsFenced().FencingToken > 0);
    }

    [Fact]
    public async Task CreateLockAsync_ThreeServersTwoDown_FailsWithClearError()
    {
        await using var factory = Locks.Factory(_servers);
        _servers[1].Kill();
        _servers[2].Kill();

        await using var redLock = await factory.CreateLockAsync(Locks.Resource(), TimeSpan.FromSeconds(2));

        Assert.False(redLock.IsAcquired);
        Assert.Equal(RedLockStatus.NoQuorum, redLock.Status);
        Assert.Equal(new RedLockInstanceSummary(1, 0, 2), redLock.InstanceSummary);
        Assert.True(redLock.AsFenced().LockLost.IsCancellationRequested);
        var error = Assert.Throws<RedLockAcquisitionException>(() => redLock.EnsureAcquired());
        Assert.Contains("1 of 3 instances acquired, quorum is 2", error.Message);
        Assert.Contains(_servers[1].Endpoint, error.Message);
        Assert.Contains(_servers[2].Endpoint, error.Message);
        Assert.Equal(RedLockStatus.NoQuorum, error.Status);
    }

    [Fact]
    public async Task CreateLockAsync_ThreeServersTwoDown_ReleasesThePartialLock()
    {
        var resource = Locks.Resource();
        await using var factory = Locks.Factory(_servers);
        _servers[1].Kill();
        _servers[2].Kill();

        await using var redLock = await factory.CreateLockAsync(resource, TimeSpan.FromSeconds(30));

        await using var direct = await ConnectionMultiplexer.ConnectAsync(_servers[0].Endpoint);
        Assert.False(await direct.GetDatabase().KeyExistsAsync($"redlock:{resource}"));
    }

    [Fact]
    public async Task LockLost_ServerDiesWhileHeld_FiresAndIsAcquiredTurnsFalse()
    {
        await using var factory = Locks.Factory(_servers.Take(1));
        await using var redLock = await factory.CreateLockAsync(Locks.Resource(), TimeSpan.FromMilliseconds(400));
        var fenced = redLock.EnsureAcquired();
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fenced.LockLost.Register(() => lost.TrySetResult());

        _servers[0].Kill();

        await lost.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(redLock.IsAcquired);
        Assert.NotNull(fenced.FailureReason);
    }

    [Fact]
    public async Task Extension_WhileHeld_KeepsTheLockPastItsTtl()
    {
        var resource = Locks.Resource();
        await using var factory = Locks.Factory(_servers);
        // 2 s rather than less: on a loaded 2-core CI box an extension a few hundred ms late would
        // lose a shorter lock, and that is the lost-lock test's subject, not this one's.
        await using var redLock = await factory.CreateLockAsync(resource, TimeSpan.FromSeconds(2));
        Assert.True(redLock.IsAcquired);

        // Four extensions at ttl/2 each keep the lock well past its 2 s TTL.
        await Eventually.UntilAsync(() => redLock.ExtendCount >= 4, "four automatic extensions", TimeSpan.FromSeconds(30));

        Assert.True(redLock.IsAcquired);
        await using var other = Locks.Factory(_servers);
        await using var contender = await other.CreateLockAsync(resource, TimeSpan.FromSeconds(1));
        Assert.Equal(RedLockStatus.Conflicted, contender.Status);
    }

    [Fact]
    public async Task DisposeAsync_Held_ReleasesAtOnceForTheNextHolder()
    {
        var resource = Locks.Resource();
        await using var factory = Locks.Factory(_servers);
        var first = await factory.CreateLockAsync(resource, TimeSpan.FromSeconds(30));
        Assert.True(first.IsAcquired, first.AsFenced().FailureReason);

        await first.DisposeAsync();
        await using var second = await factory.CreateLockAsync(resource, TimeSpan.FromSeconds(30));

        Assert.Equal(RedLockStatus.Unlocked, first.Status);
        Assert.True(first.AsFenced().LockLost.IsCancellationRequested);
        Assert.True(second.IsAcquired);
        Assert.True(second.AsFenced().FencingToken > first.AsFenced().FencingToken);
    }

    [Fact]
    public async Task CreateLockAsync_CancelledWhileWaiting_ThrowsOperationCanceled()
    {
        var resource = Locks.Resource();
        await using var factory = Locks.Factory(_servers);
        await using var holder = await factory.CreateLockAsync(resource, TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource();

        var waiting = factory.CreateLockAsync(resource, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(20), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task LockLost_KeyTakenByAnotherHolder_FiresAtTheNextExtension()
    {
        var resource = Locks.Resource();
        await using var factory = Locks.Factory(_servers.Take(1));
        await using var redLock = await factory.CreateLockAsync(resource, TimeSpan.FromMilliseconds(600));
        var fenced = redLock.EnsureAcquired();
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fenced.LockLost.Register(() => lost.TrySetResult());

        await using (var direct = await ConnectionMultiplexer.ConnectAsync(_servers[0].Endpoint))
            await direct.GetDatabase().StringSetAsync($"redlock:{resource}", "someone-else");

        await lost.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(redLock.IsAcquired);
        await Eventually.UntilAsync(() => redLock.Status == RedLockStatus.Conflicted, "the extension to report the conflict", TimeSpan.FromSeconds(5));
    }
}
