using k8s;
using k8s.Autorest;
using k8s.Models;
using Kube.Operator.Client;
using Microsoft.Extensions.Logging;

namespace Kube.Operator.Informer;

/// <summary>
/// A shared informer for one kind: lists, then watches from the list's resourceVersion (bookmarks on),
/// keeps <see cref="Cache"/> current and tells every handler about each change, in order. A broken
/// watch resumes from the last resourceVersion seen; 410 Gone forces a re-list that is diffed against
/// the cache (<see cref="RelistDiff"/>), so changes missed meanwhile arrive as synthesized
/// Added/Updated/Deleted events and nothing already delivered is delivered again.
/// </summary>
/// <typeparam name="TEntity">The object type.</typeparam>
public sealed class ResourceInformer<TEntity>
    where TEntity : IKubernetesObject<V1ObjectMeta>
{
    private readonly IKubernetesClient _client;
    private readonly InformerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly object _dispatchGate = new();
    private readonly List<Action<InformerEvent<TEntity>>> _handlers = [];
    private readonly TaskCompletionSource _synced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _lists;

    /// <summary>Creates the informer; nothing is requested until <see cref="RunAsync"/>.</summary>
    /// <param name="client">The client (a <see cref="KubernetesClient"/>: list and watch need its extensions).</param>
    /// <param name="options">What to watch.</param>
    /// <param name="time">Clock for resync and error backoff.</param>
    /// <param name="logger">Logger.</param>
    public ResourceInformer(IKubernetesClient client, InformerOptions options, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>The local copy of the watched objects.</summary>
    public InformerCache<TEntity> Cache { get; } = new();

    /// <summary>Completes when the first list is in the cache and its events were delivered.</summary>
    public Task Synced => _synced.Task;

    /// <summary>Lists done: 1 after start, one more per re-list (410 Gone or failure).</summary>
    public int ListCount => Volatile.Read(ref _lists);

    /// <summary>The resume point: the last list's, event's or bookmark's resourceVersion.</summary>
    public string? ResourceVersion { get; private set; }

    /// <summary>
    /// Adds a handler. It runs on the informer's thread, one event at a time, and must be quick (enqueue a key).
    /// Add handlers before <see cref="RunAsync"/>; a later handler misses earlier events.
    /// </summary>
    /// <param name="handler">The handler.</param>
    public void AddEventHandler(Action<InformerEvent<TEntity>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_dispatchGate) _handlers.Add(handler);
    }

    /// <summary>Runs until cancelled: list, watch, re-list on 410, resync if configured.</summary>
    /// <param name="cancellationToken">Stops the informer.</param>
    /// <returns>A task that completes when cancelled.</returns>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var resync = _options.ResyncPeriod is { } period && period > TimeSpan.Zero
            ? ResyncLoopAsync(period, cancellationToken)
            : Task.CompletedTask;
        try
        {
            await ReflectAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping is the normal end.
        }
        finally
        {
            await resync;
        }
    }

    private async Task ReflectAsync(CancellationToken ct)
    {
        var failures = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                await ListAndReplaceAsync(ct);
                failures = 0;
                await WatchUntilGoneAsync(ct);
                Log.Relisting(_logger, typeof(TEntity).Name, ResourceVersion);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failures++;
                Log.ListFailed(_logger, typeof(TEntity).Name, failures, ex);
                await Task.Delay(Backoff(failures), _time, ct);
            }
        }
    }

    private async Task ListAndReplaceAsync(CancellationToken ct)
    {
        var list = await _client.ListAllAsync<TEntity>(_options.Namespace,
            new ListOptions { LabelSelector = _options.LabelSelector, Limit = _options.PageSize }, ct);
        Interlocked.Increment(ref _lists);
        lock (_dispatchGate)
        {
            foreach (var change in RelistDiff.Compute(Cache.Snapshot(), list.Items))
            {
                if (change.Type == InformerEventType.Deleted) Cache.Remove(ObjectKey.Of(change.Current));
                else Cache.Upsert(change.Current);
                Dispatch(change);
            }
            ResourceVersion = list.Metadata.ResourceVersion;
        }
        _synced.TrySetResult();
    }

    // Returns when the watch reports 410 Gone; any other failure resumes from the last resourceVersion.
    private async Task WatchUntilGoneAsync(CancellationToken ct)
    {
        var failures = 0;
        while (true)
        {
            try
            {
                var options = new WatchOptions
                {
                    ResourceVersion = ResourceVersion,
                    LabelSelector = _options.LabelSelector,
                    AllowWatchBookmarks = true,
                    YieldBookmarks = true,
                    TimeoutSeconds = _options.WatchTimeoutSeconds,
                };
                await foreach (var change in _client.WatchEventsAsync<TEntity>(_options.Namespace, options, ct))
                {
                    failures = 0;
                    Apply(change);
                }
            }
            catch (HttpOperationException ex) when (ex.IsGone())
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failures++;
                Log.WatchFailed(_logger, typeof(TEntity).Name, ResourceVersion, ex);
                await Task.Delay(Backoff(failures), _time, ct);
            }
        }
    }

    private void Apply(WatchEvent<TEntity> change)
    {
        lock (_dispatchGate)
        {
            ResourceVersion = change.ResourceVersion ?? ResourceVersion;
            switch (change.Type)
            {
                case WatchEventType.Added or WatchEventType.Modified:
                    var old = Cache.Upsert(change.Entity);
                    // A resumed watch can replay what a re-list already delivered; same version = nothing new.
                    if (old is not null && old.Metadata.ResourceVersion == change.Entity.Metadata.ResourceVersion) return;
                    Dispatch(new InformerEvent<TEntity>(old is null ? InformerEventType.Added : InformerEventType.Updated,
                        change.Entity, old));
                    break;
                case WatchEventType.Deleted:
                    var removed = Cache.Remove(ObjectKey.Of(change.Entity));
                    if (removed is not null) Dispatch(new InformerEvent<TEntity>(InformerEventType.Deleted, change.Entity, default));
                    break;
                default:
                    break; // bookmarks only move the resume point
            }
        }
    }

    private async Task ResyncLoopAsync(TimeSpan period, CancellationToken ct)
    {
        try
        {
            await Synced.WaitAsync(ct);
            while (true)
            {
                await Task.Delay(period, _time, ct);
                lock (_dispatchGate)
                {
                    foreach (var entity in Cache.List())
                        Dispatch(new InformerEvent<TEntity>(InformerEventType.Resynced, entity, entity));
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping is the normal end.
        }
    }

    // Called under _dispatchGate so handlers see events in order, never interleaved with a resync.
    private void Dispatch(InformerEvent<TEntity> change)
    {
        foreach (var handler in _handlers)
        {
            try
            {
                handler(change);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Log.HandlerFailed(_logger, typeof(TEntity).Name, ex);
            }
        }
    }

    private TimeSpan Backoff(int failures) =>
        Queue.RateLimiters.ExponentialBackoff(_options.ErrorBackoff, _options.MaxErrorBackoff, failures - 1);
}
