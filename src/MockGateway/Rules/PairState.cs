namespace WhatsAppCampaigns.MockGateway.Rules;

/// <summary>What the gateway remembers about one (business number, user) pair.</summary>
internal sealed class PairState
{
    private long _attempts;
    private long _accepted;
    private long _lastInboundTicks;

    /// <summary>The pair rate limit (131056).</summary>
    public RateCell Rate { get; } = new();

    /// <summary>Numbers this pair's send attempts 1, 2, 3…: per-request chaos hangs on this.</summary>
    public long NextAttempt() => Interlocked.Increment(ref _attempts);

    /// <summary>
    /// Numbers this pair's accepted messages 1, 2, 3…: a message's outcome hangs on this, so
    /// rejected attempts before it (throughput, chaos) do not change what happens to it.
    /// </summary>
    public long NextAccepted() => Interlocked.Increment(ref _accepted);

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
