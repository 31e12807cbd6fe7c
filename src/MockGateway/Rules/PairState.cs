using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Rules;

/// <summary>
/// What the gateway remembers about one (business number, user) pair: the rules' state (pair rate,
/// window, ordinals) and, compactly, what was accepted (how many, and the last one's identity and
/// fate). This is all that stays per recipient however long the gateway runs, so it is kept to
/// plain fields in one object (no nested cells, no strings): about 80 bytes.
/// </summary>
internal sealed class PairState
{
    private long _attempts;
    private long _accepted;
    private long _lastInboundTicks;
    private long _rateTat;
    private long _lastOrdinal;
    private ulong _lastIdentity;
    private long _lastAcceptedTicks;
    private int _lastStatus;
    private int _lastErrorCode;

    /// <summary>Numbers this pair's send attempts 1, 2, 3…: per-request chaos hangs on this.</summary>
    public long NextAttempt() => Interlocked.Increment(ref _attempts);

    /// <summary>
    /// Numbers this pair's accepted messages 1, 2, 3…: a message's outcome hangs on this, so
    /// rejected attempts before it (throughput, chaos) do not change what happens to it.
    /// </summary>
    public long NextAccepted() => Interlocked.Increment(ref _accepted);

    /// <summary>Messages accepted for this pair (the ordinals handed out by <see cref="NextAccepted"/>).</summary>
    public long Accepted => Volatile.Read(ref _accepted);

    /// <summary>The pair rate limit (131056): one lock-free GCRA step, as <see cref="RateCell"/> does.</summary>
    public bool TryAcquireRate(long now, long interval, long tolerance)
    {
        while (true)
        {
            var tat = Volatile.Read(ref _rateTat);
            if (!Gcra.TryAcquire(tat, now, interval, tolerance, out var next)) return false;
            if (Interlocked.CompareExchange(ref _rateTat, next, tat) == tat) return true;
        }
    }

    /// <summary>
    /// Remembers accepted message number <paramref name="ordinal"/> if it is the latest so far
    /// (concurrent sends to one pair may record out of order; the highest ordinal wins).
    /// </summary>
    public void RecordAccepted(long ordinal, ulong identity, long acceptedTicks, MessageStatus status, int errorCode)
    {
        // Locks the pair itself (a thin lock in the object header): a Lock field would add about 30
        // bytes per recipient, and nobody outside the gateway ever sees this object.
        lock (this)
        {
            if (ordinal <= _lastOrdinal) return;
            _lastOrdinal = ordinal;
            _lastIdentity = identity;
            _lastAcceptedTicks = acceptedTicks;
            _lastStatus = (int)status;
            _lastErrorCode = errorCode;
        }
    }

    /// <summary>The last accepted message's identity, time, planned status and failure code (0 when none).</summary>
    public (ulong Identity, long AcceptedTicks, MessageStatus Status, int ErrorCode)? LastAccepted()
    {
        lock (this)
        {
            return _lastOrdinal == 0 ? null : (_lastIdentity, _lastAcceptedTicks, (MessageStatus)_lastStatus, _lastErrorCode);
        }
    }

    /// <summary>Records a message from the user: it opens (or restarts) the 24-hour customer-service window.</summary>
    public void RecordInbound(long utcTicks)
    {
        while (true)
        {
            var last = Volatile.Read(ref _lastInboundTicks);
            if (utcTicks <= last || Interlocked.CompareExchange(ref _lastInboundTicks, utcTicks, last) == last) return;
        }
    }

    /// <summary>True while the user's last message is less than 24 hours old.</summary>
    public bool IsWindowOpen(long nowTicks)
    {
        var last = Volatile.Read(ref _lastInboundTicks);
        return last != 0 && last <= nowTicks && nowTicks - last < TimeSpan.TicksPerDay;
    }
}
