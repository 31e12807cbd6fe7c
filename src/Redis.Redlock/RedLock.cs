using System.Globalization;
using System.Text;
using Redis.Client;

namespace Redis.Redlock;

/// <summary>
/// One Redlock acquisition over N independent instances: SET NX PX on all in parallel, quorum and
/// validity check, release of partial locks on failure, random pause between tries, automatic
/// extension every expiry/2 while held, compare-and-delete release on dispose. Adds a fencing token
/// and a lost-lock signal (<see cref="IFencedRedLock"/>).
/// </summary>
internal sealed partial class RedLock : IFencedRedLock
{
    private readonly IReadOnlyList<RedLockInstance> _instances;
    private readonly TimeSpan _expiry;
    private readonly int _quorum;
    private readonly int _retryCount;
    private readonly int _retryDelayMs;
    private readonly RedLockFactoryOptions _options;
    private readonly CancellationTokenSource _lost;
    private readonly CancellationTokenSource _stopExtending = new();
    private readonly Lock _gate = new();
    private Task _extendLoop = Task.CompletedTask;
    private RedLockStatus _status = RedLockStatus.Unlocked;
    private RedLockInstanceSummary _summary;
    private int _extendCount;
    private int _disposed;
    private DateTimeOffset? _validUntil;
    private long _validUntilTimestamp;
    private string? _failureReason;

    public RedLock(string resource, TimeSpan expiry, IReadOnlyList<RedLockInstance> instances, RedLockRetryConfiguration? retry, RedLockFactoryOptions options)
    {
        Resource = resource;
        _expiry = expiry;
        _instances = instances;
        _quorum = RedlockMath.Quorum(instances.Count);
        _retryCount = retry?.RetryCount ?? RedLockRetryConfiguration.DefaultRetryCount;
        _retryDelayMs = retry?.RetryDelayMs ?? RedLockRetryConfiguration.DefaultRetryDelayMs;
        _options = options;
        _lost = new CancellationTokenSource(Timeout.InfiniteTimeSpan, options.TimeProvider);
        LockId = Guid.NewGuid().ToString();
    }

    public string Resource { get; }

    public string LockId { get; }

    public bool IsAcquired => Status == RedLockStatus.Acquired;

    public RedLockStatus Status
    {
        get
        {
            lock (_gate)
            {
                // Validity can run out between extensions (a hung instance, a paused process): from
                // then on the lock must not be trusted, even before the extension loop notices.
                // Compared on the monotonic timestamp, so a wall-clock jump cannot extend a lease.
                return _status == RedLockStatus.Acquired && _options.TimeProvider.GetTimestamp() >= _validUntilTimestamp
                    ? RedLockStatus.Expired : _status;
            }
        }
    }

    public RedLockInstanceSummary InstanceSummary
    {
        get { lock (_gate) return _summary; }
    }

    public int ExtendCount => Volatile.Read(ref _extendCount);

    public long FencingToken { get; private set; }

    public CancellationToken LockLost => _lost.Token;

    public DateTimeOffset? ValidUntil
    {
        get { lock (_gate) return _validUntil; }
    }

    public string? FailureReason
    {
        get { lock (_gate) return _failureReason; }
    }

    /// <summary>Blocking mode: whole acquires every <paramref name="retryTime"/> until held or <paramref name="waitTime"/> passed.</summary>
    public async Task AcquireAsync(TimeSpan waitTime, TimeSpan retryTime, CancellationToken cancellationToken)
    {
        var time = _options.TimeProvider;
        var start = time.GetTimestamp();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await TryAcquireAsync(cancellationToken)) return;
            if (time.GetElapsedTime(start) + retryTime > waitTime) break;
            await Task.Delay(retryTime, time, cancellationToken);
        }
        _lost.Cancel();
    }

    /// <summary>Non-blocking mode: one acquire (with its quorum retries).</summary>
    public async Task AcquireOnceAsync(CancellationToken cancellationToken)
    {
        if (!await TryAcquireAsync(cancellationToken)) _lost.Cancel();
    }

    private async Task<bool> TryAcquireAsync(CancellationToken cancellationToken)
    {
        var time = _options.TimeProvider;
        for (var attempt = 0; attempt < _retryCount; attempt++)
        {
            var start = time.GetTimestamp();
            var outcomes = await Task.WhenAll(_instances.Select(i => Outcome(i, () => i.TryLockAsync(Resource, LockId, _expiry))));
            var summary = Summarize(outcomes, ok => ok);
            long token = 0;
            string? fenceError = null;
            if (summary.Acquired >= _quorum && _options.IssueFencingTokens)
                (token, fenceError) = await IssueFencingTokenAsync(outcomes);
            var validity = RedlockMath.Validity(_expiry, time.GetElapsedTime(start), _options.ClockDriftFactor);
            if (fenceError is null && RedlockMath.IsAcquired(summary, _quorum, validity))
            {
                lock (_gate)
                {
                    _status = RedLockStatus.Acquired;
                    _summary = summary;
                    _validUntil = time.GetUtcNow() + validity;
                    _validUntilTimestamp = Deadline(validity);
                    _failureReason = null;
                }
                FencingToken = token;
                _lost.CancelAfter(validity);
                _extendLoop = ExtendLoopAsync();
                return true;
            }

            // Release everywhere, including instances that seemed to fail: a timed-out SET may have
            // succeeded, and waiting for its expiry would block everyone for the whole TTL.
            await ReleaseEverywhereAsync();
            lock (_gate)
            {
                _status = fenceError is null ? RedlockMath.FailedStatus(summary, _quorum) : RedLockStatus.NoQuorum;
                _summary = summary;
                _validUntil = null;
                _failureReason = Describe(summary, outcomes, validity, fenceError);
            }
            if (attempt + 1 < _retryCount)
                await Task.Delay(TimeSpan.FromMilliseconds(_options.Random() * _retryDelayMs), time, cancellationToken);
        }
        return false;
    }

    private async Task<(long Token, string? Error)> IssueFencingTokenAsync((RedLockInstance Instance, bool Ok, Exception? Error)[] locked)
    {
        // Round 1: INCR on every instance we hold; the token is the highest answer. Round 2: raise the
        // counter to that token on a quorum. The next holder's INCR quorum overlaps this one, so its
        // highest answer is strictly greater: tokens increase across holders without consensus.
        var fenceKey = (RedisKey)string.Format(CultureInfo.InvariantCulture, _options.FencingKeyFormat, Resource);
        var held = locked.Where(o => o.Ok).Select(o => o.Instance).ToArray();
        var increments = await Task.WhenAll(held.Select(i => Outcome(i, () => i.IncrementFenceAsync(fenceKey))));
        var answered = increments.Where(o => o.Error is null).ToArray();
        if (answered.Length < _quorum) return (0, $"fencing INCR answered on {answered.Length} of {_instances.Count} instances");
        var token = answered.Max(o => o.Ok);
        var raised = await Task.WhenAll(_instances.Select(i => Outcome(i, () => i.RaiseFenceAsync(fenceKey, token))));
        var confirmed = raised.Count(o => o.Error is null);
        return confirmed >= _quorum ? (token, null) : (0, $"fencing counter raised on {confirmed} of {_instances.Count} instances");
    }

    private long Deadline(TimeSpan validity) =>
        _options.TimeProvider.GetTimestamp() + (long)(validity.TotalSeconds * _options.TimeProvider.TimestampFrequency);

    private static async Task<(RedLockInstance Instance, T Ok, Exception? Error)> Outcome<T>(RedLockInstance instance, Func<Task<T>> step)
    {
        try
        {
            return (instance, await step(), null);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException or ObjectDisposedException)
        {
            return (instance, default!, ex);
        }
    }

    private static RedLockInstanceSummary Summarize<T>((RedLockInstance Instance, T Ok, Exception? Error)[] outcomes, Func<T, bool> success) =>
        new(outcomes.Count(o => o.Error is null && success(o.Ok)),
            outcomes.Count(o => o.Error is null && !success(o.Ok)),
            outcomes.Count(o => o.Error is not null));

    private string Describe<T>(RedLockInstanceSummary summary, (RedLockInstance Instance, T Ok, Exception? Error)[] outcomes, TimeSpan validity, string? fenceError)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"Lock on '{Resource}' not acquired: {summary.Acquired} of {_instances.Count} instances acquired, quorum is {_quorum} ({summary})");
        if (summary.Acquired >= _quorum && validity <= TimeSpan.Zero) text.Append(CultureInfo.InvariantCulture, $"; validity ran out ({validity.TotalMilliseconds:0} ms)");
        if (fenceError is not null) text.Append("; ").Append(fenceError);
        foreach (var failed in outcomes.Where(o => o.Error is not null))
            text.Append(CultureInfo.InvariantCulture, $"; {failed.Instance.Name}: {failed.Error!.GetType().Name}: {failed.Error.Message}");
        return text.ToString();
    }

    private async Task ReleaseEverywhereAsync() =>
        await Task.WhenAll(_instances.Select(i => Outcome(i, async () => { await i.UnlockAsync(Resource, LockId); return true; })));
}
