using Microsoft.Extensions.Time.Testing;
using RedLockNet;
using TestSupport;
using WhatsAppCampaigns.Redis.Coordination.Locks;

namespace WhatsAppCampaigns.Redis.Coordination.Tests.Locks;

public class LockLossWatchTests
{
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Lost_ExtensionsKeepComing_StaysHeldPastManyExpiries()
    {
        var clock = new FakeTimeProvider();
        var redLock = new StubLock();
        await using var watch = LockLossWatch.Start(redLock, Expiry, clock);

        // Ten expiries of logical time, an extension every four polls (0.4 of the expiry), as
        // RedLock.net's timer does every half expiry.
        for (var step = 1; step <= 100; step++)
        {
            await PollAsync(clock, redLock);
            if (step % 4 == 0) redLock.Extend();
        }

        Assert.False(watch.Lost.IsCancellationRequested, watch.Reason);
    }

    [Fact]
    public async Task Lost_NoExtensionForAlmostTheExpiry_FiresOnceTheClockGetsThere()
    {
        var clock = new FakeTimeProvider();
        var redLock = new StubLock();
        await using var watch = LockLossWatch.Start(redLock, Expiry, clock);

        for (var step = 0; step < 8; step++) await PollAsync(clock, redLock);
        Assert.False(watch.Lost.IsCancellationRequested, watch.Reason);
        await PollAsync(clock, redLock);
        await Eventually.UntilAsync(() => watch.Lost.IsCancellationRequested, "the stalled lock to be reported lost", TimeSpan.FromSeconds(10));

        Assert.Contains("was not extended for 9000 ms of its 10000 ms expiry", watch.Reason);
    }

    [Fact]
    public async Task Lost_LockTurnsUnheldThenHeldAgain_StaysLost()
    {
        var clock = new FakeTimeProvider();
        var redLock = new StubLock();
        await using var watch = LockLossWatch.Start(redLock, Expiry, clock);

        redLock.Status = RedLockStatus.Conflicted;
        await PollAsync(clock, redLock);
        await Eventually.UntilAsync(() => watch.Lost.IsCancellationRequested, "the conflict to be seen", TimeSpan.FromSeconds(10));
        redLock.Status = RedLockStatus.Acquired; // RedLock.net's next extension may re-create the key

        Assert.True(watch.Lost.IsCancellationRequested);
        Assert.Contains("is no longer held: Conflicted", watch.Reason);
    }

    [Fact]
    public async Task Start_NotAcquired_IsLostAtOnce()
    {
        await using var watch = LockLossWatch.Start(new StubLock { Status = RedLockStatus.NoQuorum }, Expiry, new FakeTimeProvider());

        Assert.True(watch.Lost.IsCancellationRequested);
        Assert.Contains("was not acquired", watch.Reason);
    }

    /// <summary>Moves the clock by one poll interval and waits until the watch has looked at the lock.</summary>
    private static async Task PollAsync(FakeTimeProvider clock, StubLock redLock)
    {
        var polls = redLock.Polls;
        clock.Advance(Expiry / 10);
        await Eventually.UntilAsync(() => redLock.Polls > polls, "the watch to poll", TimeSpan.FromSeconds(10));
    }

    private sealed class StubLock : IRedLock
    {
        private int _extendCount;
        private int _polls;

        /// <summary>How often the watch asked <see cref="IsAcquired"/> (it does once per poll, after the extend count of the previous one).</summary>
        public int Polls => Volatile.Read(ref _polls);

        public string Resource => "stub";

        public string LockId => "id";

        public bool IsAcquired
        {
            get
            {
                Interlocked.Increment(ref _polls);
                return Status == RedLockStatus.Acquired;
            }
        }

        public volatile RedLockStatus Status = RedLockStatus.Acquired;

        public RedLockInstanceSummary InstanceSummary => new(1, 0, 0);

        public int ExtendCount => Volatile.Read(ref _extendCount);

        RedLockStatus IRedLock.Status => Status;

        public void Extend() => Interlocked.Increment(ref _extendCount);

        public void Dispose() { }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
