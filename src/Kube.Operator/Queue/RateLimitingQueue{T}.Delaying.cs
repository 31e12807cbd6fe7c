namespace Kube.Operator.Queue;

public sealed partial class RateLimitingQueue<T>
{
    private readonly Dictionary<T, DateTimeOffset> _waiting = [];
    private readonly ITimer _waitTimer;

    /// <summary>
    /// Adds the item once <paramref name="delay"/> has passed on the queue's clock. If the item is
    /// already waiting, the earlier ready time wins; a zero or negative delay adds it now.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <param name="delay">How long to wait.</param>
    public void AddAfter(T item, TimeSpan delay)
    {
        if (ShuttingDown) return;
        if (delay <= TimeSpan.Zero)
        {
            Add(item);
            return;
        }
        lock (_gate)
        {
            if (ShuttingDown) return;
            var readyAt = _time.GetUtcNow() + delay;
            if (_waiting.TryGetValue(item, out var existing) && existing <= readyAt) return;
            _waiting[item] = readyAt;
            ArmTimer();
        }
    }

    /// <summary>Items waiting for their delay to pass.</summary>
    public int WaitingCount
    {
        get { lock (_gate) return _waiting.Count; }
    }

    private void PromoteDueItems()
    {
        List<T> due;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            due = [.. _waiting.Where(pair => pair.Value <= now).Select(pair => pair.Key)];
            foreach (var item in due) _waiting.Remove(item);
        }
        foreach (var item in due) Add(item);
        lock (_gate)
        {
            if (!ShuttingDown) ArmTimer();
        }
    }

    // Called under _gate: one timer for the earliest waiting item.
    private void ArmTimer()
    {
        if (_waiting.Count == 0)
        {
            _waitTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }
        var next = _waiting.Values.Min();
        var wait = next - _time.GetUtcNow();
        _waitTimer.Change(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan);
    }
}
