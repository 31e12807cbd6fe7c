namespace WhatsAppCampaigns.MockGateway.Rules;

/// <summary>
/// Meta's messaging limit: at most <c>limit</c> unique users reached by business-initiated
/// messages in any moving 24 hours, shared by all of the business's numbers. A user already
/// counted in the last 24 hours costs nothing more.
/// </summary>
internal sealed class UniqueRecipientLimiter(int? limit)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _lastCounted = new(StringComparer.Ordinal);
    private readonly Queue<(long Ticks, string WaId)> _order = new();

    public int? Limit => limit;

    /// <summary>Counts <paramref name="waId"/> at <paramref name="nowTicks"/>; false when it would exceed the limit.</summary>
    public bool TryCount(string waId, long nowTicks)
    {
        if (limit is not { } max) return true;
        lock (_gate)
        {
            Expire(nowTicks);
            if (!_lastCounted.ContainsKey(waId) && _lastCounted.Count >= max) return false;
            _lastCounted[waId] = nowTicks;
            _order.Enqueue((nowTicks, waId));
            return true;
        }
    }

    public int Count
    {
        get { lock (_gate) return _lastCounted.Count; }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _lastCounted.Clear();
            _order.Clear();
        }
    }

    private void Expire(long nowTicks)
    {
        var cutoff = nowTicks - TimeSpan.TicksPerDay;
        while (_order.TryPeek(out var oldest) && oldest.Ticks <= cutoff)
        {
            _order.Dequeue();
            // Only the user's latest entry removes them; older entries are stale echoes.
            if (_lastCounted.TryGetValue(oldest.WaId, out var last) && last == oldest.Ticks)
                _lastCounted.Remove(oldest.WaId);
        }
    }
}
