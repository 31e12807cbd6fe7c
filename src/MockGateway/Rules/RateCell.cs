namespace WhatsAppCampaigns.MockGateway.Rules;

/// <summary>A lock-free GCRA cell: one compare-and-swap per request on the send path.</summary>
internal sealed class RateCell
{
    private long _tat;

    public bool TryAcquire(long now, long interval, long tolerance)
    {
        while (true)
        {
            var tat = Volatile.Read(ref _tat);
            if (!Gcra.TryAcquire(tat, now, interval, tolerance, out var next)) return false;
            if (Interlocked.CompareExchange(ref _tat, next, tat) == tat) return true;
        }
    }

    public void Reset() => Volatile.Write(ref _tat, 0);
}
