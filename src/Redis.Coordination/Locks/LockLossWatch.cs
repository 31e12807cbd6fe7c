using System.Globalization;
using RedLockNet;

namespace WhatsAppCampaigns.Redis.Coordination.Locks;

/// <summary>
/// A lost-lock signal for a RedLock.net lock, which has none: RedLock.net extends a held lock every
/// expiry/2 on a timer and, when an extension fails, only turns <see cref="IRedLock.IsAcquired"/>
/// false (and may turn it true again at the next extension, whose script re-creates a vanished key).
/// The watch polls the lock and latches: once it has seen the lock not held, or no extension succeed
/// for almost a whole expiry (an extension hanging on a stalled node), <see cref="Lost"/> is
/// cancelled for good and <see cref="Reason"/> says why. Long work observes <see cref="Lost"/>.
/// </summary>
public sealed class LockLossWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly IRedLock _lock;
    private readonly TimeSpan _expiry;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly Task _loop;
    private string? _reason;

    private LockLossWatch(IRedLock redLock, TimeSpan expiry, TimeSpan interval, TimeProvider time)
    {
        _lock = redLock;
        _expiry = expiry;
        _interval = interval;
        _time = time;
        if (!redLock.IsAcquired)
        {
            Lose(Describe("was not acquired"));
            _loop = Task.CompletedTask;
        }
        else
        {
            _loop = WatchAsync(_stop.Token);
        }
    }

    /// <summary>Cancelled, for good, once the lock can no longer be trusted (or the watch was disposed).</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Why <see cref="Lost"/> was cancelled; null while the lock is held.</summary>
    public string? Reason => Volatile.Read(ref _reason);

    /// <summary>Starts watching <paramref name="redLock"/>, acquired with <paramref name="expiry"/>.</summary>
    /// <param name="redLock">The lock, as RedLock.net returned it.</param>
    /// <param name="expiry">The expiry the lock was created with (RedLock.net extends every half of it).</param>
    /// <param name="time">Clock for the polls and the stall deadline.</param>
    /// <param name="pollInterval">How often the lock is looked at; default a tenth of the expiry (at least 10 ms).</param>
    public static LockLossWatch Start(IRedLock redLock, TimeSpan expiry, TimeProvider time, TimeSpan? pollInterval = null)
    {
        ArgumentNullException.ThrowIfNull(redLock);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(expiry, TimeSpan.Zero);
        var interval = pollInterval ?? TimeSpan.FromTicks(Math.Max(expiry.Ticks / 10, TimeSpan.FromMilliseconds(10).Ticks));
        return new LockLossWatch(redLock, expiry, interval, time);
    }

    private async Task WatchAsync(CancellationToken stop)
    {
        // An extension seen at a poll may have reached Redis up to one interval earlier, so the stall
        // deadline is one interval short of the expiry.
        var stallAfter = _expiry - _interval;
        var lastExtendCount = _lock.ExtendCount;
        var lastProgress = _time.GetTimestamp();
        using var timer = new PeriodicTimer(_interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                if (!_lock.IsAcquired)
                {
                    Lose(Describe("is no longer held"));
                    return;
                }
                if (_lock.ExtendCount != lastExtendCount)
                {
                    lastExtendCount = _lock.ExtendCount;
                    lastProgress = _time.GetTimestamp();
                }
                else if (_time.GetElapsedTime(lastProgress) >= stallAfter)
                {
                    Lose(Describe(string.Create(CultureInfo.InvariantCulture,
                        $"was not extended for {_time.GetElapsedTime(lastProgress).TotalMilliseconds:0} ms of its {_expiry.TotalMilliseconds:0} ms expiry")));
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Disposed.
        }
    }

    private string Describe(string what) =>
        $"lock on '{_lock.Resource}' {what}: {_lock.Status} ({_lock.InstanceSummary})";

    private void Lose(string reason)
    {
        Interlocked.CompareExchange(ref _reason, reason, null);
        _lost.Cancel();
    }

    /// <summary>Stops watching; <see cref="Lost"/> is cancelled from then on (the lock is about to be released).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        Lose("the lock was released");
        _stop.Dispose();
    }
}
