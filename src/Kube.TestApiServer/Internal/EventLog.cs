namespace Kube.TestApiServer.Internal;

/// <summary>
/// Bounded history of committed changes in resourceVersion order (a ring buffer), standing in for
/// etcd's revision history plus the watch cache. Not thread-safe: the store's lock guards it.
/// </summary>
internal sealed class EventLog(int capacity)
{
    private readonly WatchEvent[] _ring = new WatchEvent[Math.Max(1, capacity)];
    private int _head;
    private int _count;

    /// <summary>Every change with a resourceVersion above this is still in the log.</summary>
    public long CompactedThrough { get; private set; }

    public int Count => _count;

    public void Append(WatchEvent e)
    {
        if (_count == _ring.Length)
        {
            CompactedThrough = _ring[_head].ResourceVersion;
            _ring[_head] = null!;
            _head = (_head + 1) % _ring.Length;
            _count--;
        }
        _ring[(_head + _count) % _ring.Length] = e;
        _count++;
    }

    /// <summary>Forgets everything up to and including <paramref name="resourceVersion"/>.</summary>
    public void Compact(long resourceVersion)
    {
        while (_count > 0 && _ring[_head].ResourceVersion <= resourceVersion)
        {
            _ring[_head] = null!;
            _head = (_head + 1) % _ring.Length;
            _count--;
        }
        CompactedThrough = Math.Max(CompactedThrough, resourceVersion);
    }

    /// <summary>
    /// Copies up to <paramref name="max"/> events with resourceVersion above <paramref name="after"/>
    /// into <paramref name="into"/>. Binary search: O(log n + max).
    /// </summary>
    public void ReadAfter(long after, int max, List<WatchEvent> into)
    {
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_ring[(_head + mid) % _ring.Length].ResourceVersion <= after) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < _count && into.Count < max; i++)
            into.Add(_ring[(_head + i) % _ring.Length]);
    }
}
