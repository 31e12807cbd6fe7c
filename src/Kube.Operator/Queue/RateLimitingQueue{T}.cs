using Kube.Operator.Metrics;

namespace Kube.Operator.Queue;

/// <summary>
/// client-go's rate-limited, delaying work queue. An item added while already pending is queued once;
/// an item handed to a worker is not handed to another until that worker calls <see cref="Done"/>
/// (if it is added meanwhile it is marked dirty and queued again after <see cref="Done"/>), so one key
/// is never processed by two workers at once. <see cref="AddAfter"/> waits on the injected clock and
/// keeps the earliest ready time; <see cref="AddRateLimited"/> asks the rate limiter for the delay.
/// </summary>
/// <typeparam name="T">The item type (a key with value equality).</typeparam>
public sealed partial class RateLimitingQueue<T> : IDisposable
    where T : notnull
{
    private readonly object _gate = new();
    private readonly Queue<T> _queue = new();
    private readonly HashSet<T> _dirty = [];
    private readonly HashSet<T> _processing = [];
    private readonly Dictionary<T, long> _readySince = [];
    private readonly SemaphoreSlim _ready = new(0);
    private readonly CancellationTokenSource _shutdown = new();
    private readonly IRateLimiter<T> _limiter;
    private readonly TimeProvider _time;
    private readonly IOperatorMetrics _metrics;

    /// <summary>Creates an empty queue.</summary>
    /// <param name="name">Name reported to the metrics (e.g. the entity kind).</param>
    /// <param name="limiter">Decides retry delays; see <see cref="RateLimiters.DefaultControllerRateLimiter{T}"/>.</param>
    /// <param name="time">Clock for delayed adds.</param>
    /// <param name="metrics">Metrics hooks, or none.</param>
    public RateLimitingQueue(string name, IRateLimiter<T> limiter, TimeProvider time, IOperatorMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(time);
        Name = name;
        _limiter = limiter;
        _time = time;
        _metrics = metrics ?? NoOpOperatorMetrics.Instance;
        _waitTimer = time.CreateTimer(_ => PromoteDueItems(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The queue's name.</summary>
    public string Name { get; }

    /// <summary>Items ready for a worker (not counting delayed or in-process items).</summary>
    public int Len
    {
        get { lock (_gate) return _queue.Count; }
    }

    /// <summary>True after <see cref="ShutDown"/>.</summary>
    public bool ShuttingDown => _shutdown.IsCancellationRequested;

    /// <summary>Marks <paramref name="item"/> as needing processing; a pending or in-process item is not queued twice.</summary>
    /// <param name="item">The item.</param>
    public void Add(T item)
    {
        _metrics.QueueAdded(Name);
        int depth;
        lock (_gate)
        {
            if (ShuttingDown || !_dirty.Add(item) || _processing.Contains(item)) return;
            Enqueue(item);
            depth = _queue.Count;
        }
        _metrics.QueueDepthChanged(Name, depth);
        _ready.Release();
    }

    /// <summary>
    /// Waits for the next item (client-go's <c>Get</c>). The caller owns it until <see cref="Done"/>.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The item, or <c>Shutdown = true</c> once the queue is shut down.</returns>
    public async Task<(T Item, bool Shutdown)> GetAsync(CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _shutdown.Token);
        try
        {
            await _ready.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (default!, true);
        }
        T item;
        long since;
        int depth;
        lock (_gate)
        {
            item = _queue.Dequeue();
            _processing.Add(item);
            _dirty.Remove(item);
            _readySince.Remove(item, out since);
            depth = _queue.Count;
        }
        _metrics.QueueDepthChanged(Name, depth);
        _metrics.QueueLatency(Name, _time.GetElapsedTime(since));
        return (item, false);
    }

    /// <summary>Ends processing of <paramref name="item"/>; if it was added meanwhile, it is queued again now.</summary>
    /// <param name="item">The item returned by <see cref="GetAsync"/>.</param>
    public void Done(T item)
    {
        var depth = -1;
        lock (_gate)
        {
            _processing.Remove(item);
            if (_dirty.Contains(item) && !ShuttingDown)
            {
                Enqueue(item);
                depth = _queue.Count;
            }
        }
        if (depth < 0) return;
        _metrics.QueueDepthChanged(Name, depth);
        _ready.Release();
    }

    /// <summary>Adds the item after the rate limiter's delay for it (a retry after a failure).</summary>
    /// <param name="item">The item.</param>
    public void AddRateLimited(T item)
    {
        _metrics.QueueRetried(Name);
        AddAfter(item, _limiter.When(item));
    }

    /// <summary>Forgets the item's failures (after it succeeded), resetting its backoff.</summary>
    /// <param name="item">The item.</param>
    public void Forget(T item) => _limiter.Forget(item);

    /// <summary>How many times the item was retried since it last succeeded.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The count.</returns>
    public int NumRequeues(T item) => _limiter.NumRequeues(item);

    /// <summary>Stops handing out items: waiting and future <see cref="GetAsync"/> calls return <c>Shutdown = true</c>.</summary>
    public void ShutDown()
    {
        lock (_gate)
        {
            if (ShuttingDown) return;
            _shutdown.Cancel();
            _waiting.Clear();
        }
        _waitTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        ShutDown();
        _waitTimer.Dispose();
        _ready.Dispose();
        _shutdown.Dispose();
    }

    // Called under _gate.
    private void Enqueue(T item)
    {
        _queue.Enqueue(item);
        _readySince[item] = _time.GetTimestamp();
    }
}
