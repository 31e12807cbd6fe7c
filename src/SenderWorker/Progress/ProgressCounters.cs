using System.Collections.Concurrent;

namespace WhatsAppCampaigns.SenderWorker.Progress;

/// <summary>Live counts of one run, updated from many sends at once (lock-free).</summary>
internal sealed class ProgressCounters
{
    // Keyed by Cloud API error code: bounded by the API's code vocabulary, not by the list.
    private readonly ConcurrentDictionary<int, long> _failedByCode = new();
    private long _rows, _valid, _invalid, _duplicate, _missingVariable, _optedOut, _sent, _alreadySent, _failed, _unknown, _notSent, _retries;

    public long Row() => Interlocked.Increment(ref _rows);
    public void Valid() => Interlocked.Increment(ref _valid);
    public void Invalid() => Interlocked.Increment(ref _invalid);
    public void Duplicate() => Interlocked.Increment(ref _duplicate);
    public void MissingVariable() => Interlocked.Increment(ref _missingVariable);
    public void OptedOut() => Interlocked.Increment(ref _optedOut);
    public void Sent() => Interlocked.Increment(ref _sent);
    public void AlreadySent() { Interlocked.Increment(ref _alreadySent); Interlocked.Increment(ref _sent); }
    /// <summary>A recipient recorded failed, with the Cloud API error code (or the HTTP status when there was none).</summary>
    public void Failed(int code)
    {
        _failedByCode.AddOrUpdate(code, 1, (_, n) => n + 1);
        Interlocked.Increment(ref _failed);
    }
    public void Unknown() => Interlocked.Increment(ref _unknown);
    public void NotSent() => Interlocked.Increment(ref _notSent);
    public void Retry() => Interlocked.Increment(ref _retries);

    /// <summary>A consistent-enough copy for publishing (each field read atomically).</summary>
    public ProgressSnapshot Snapshot() => new(
        Interlocked.Read(ref _rows), Interlocked.Read(ref _valid), Interlocked.Read(ref _invalid),
        Interlocked.Read(ref _duplicate), Interlocked.Read(ref _missingVariable), Interlocked.Read(ref _optedOut),
        Interlocked.Read(ref _sent), Interlocked.Read(ref _alreadySent), Interlocked.Read(ref _failed),
        Interlocked.Read(ref _unknown), Interlocked.Read(ref _notSent), Interlocked.Read(ref _retries),
        _failedByCode.ToArray().OrderBy(p => p.Key).Select(p => (p.Key, p.Value)).ToArray());
}
