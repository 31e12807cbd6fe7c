namespace Redis.Redlock;

internal sealed partial class RedLock
{
    private async Task ExtendLoopAsync()
    {
        var time = _options.TimeProvider;
        var interval = _expiry / 2;
        try
        {
            while (true)
            {
                await Task.Delay(interval, time, _stopExtending.Token);
                if (!await ExtendOnceAsync()) return;
            }
        }
        catch (OperationCanceledException) when (_stopExtending.IsCancellationRequested)
        {
            // Released.
        }
    }

    /// <summary>Extends on all instances; a quorum within the new validity keeps the lock, anything else loses it.</summary>
    private async Task<bool> ExtendOnceAsync()
    {
        var time = _options.TimeProvider;
        var start = time.GetTimestamp();
        var outcomes = await Task.WhenAll(_instances.Select(i => Outcome(i, () => i.ExtendAsync(Resource, LockId, _expiry))));
        var summary = new RedLockInstanceSummary(
            outcomes.Count(o => o.Error is null && o.Ok == 1),
            outcomes.Count(o => o.Error is null && o.Ok == -1),
            outcomes.Count(o => o.Error is not null || o.Ok == 0));
        var validity = RedlockMath.Validity(_expiry, time.GetElapsedTime(start), _options.ClockDriftFactor);
        lock (_gate)
        {
            if (_status != RedLockStatus.Acquired || _stopExtending.IsCancellationRequested) return false;
            _summary = summary;
            if (RedlockMath.IsAcquired(summary, _quorum, validity))
            {
                _validUntil = time.GetUtcNow() + validity;
                _validUntilTimestamp = Deadline(validity);
                Interlocked.Increment(ref _extendCount);
                _lost.CancelAfter(validity);
                return true;
            }
            _status = RedlockMath.FailedStatus(summary, _quorum);
            _validUntil = null;
            _failureReason = Describe(summary, outcomes, validity, null);
        }
        _lost.Cancel();
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _stopExtending.Cancel();
        await _extendLoop;
        lock (_gate)
        {
            _status = RedLockStatus.Unlocked;
            _validUntil = null;
        }
        // Even a lock that is no longer Acquired may still sit on some instances (a failed extension
        // can leave it on a minority); releasing by token is always safe.
        await ReleaseEverywhereAsync();
        // LockLost stays readable after release (its source is not disposed), already cancelled.
        _lost.Cancel();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public override string ToString() => $"RedLock '{Resource}' {Status} (token {FencingToken}, id {LockId})";
}
