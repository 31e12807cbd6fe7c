using System.Collections.Concurrent;
using k8s;
using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Finalizer;
using Kube.Operator.Informer;
using Kube.Operator.Metrics;
using Kube.Operator.Queue;
using Kube.Operator.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kube.Operator.Controller;

/// <summary>
/// One controller at work: an informer for <typeparamref name="TEntity"/> (and one per owned kind) feeds
/// keys into a rate-limited queue; workers take a key, read the latest cached state and dispatch:
/// gone → <c>DeletedAsync</c>; deletionTimestamp → the registered finalizers, then their removal;
/// otherwise attach missing finalizers and <c>ReconcileAsync</c>. Success forgets the key's failures
/// (and honours a requeue delay); failure retries with backoff.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
internal sealed class EntityControllerRunner<TEntity>(
    IServiceProvider services,
    IKubernetesClient client,
    OperatorSettings settings,
    TimeProvider time,
    IOperatorMetrics metrics,
    ILoggerFactory loggers,
    IEnumerable<FinalizerRegistration<TEntity>> finalizers,
    IEnumerable<OwnedResourceWatch<TEntity>> ownedWatches) : IControllerRunner
    where TEntity : IKubernetesObject<V1ObjectMeta>
{
    private readonly ILogger _logger = loggers.CreateLogger($"Kube.Operator.Controller.{typeof(TEntity).Name}");
    private readonly IReadOnlyList<FinalizerRegistration<TEntity>> _finalizers = [.. finalizers];
    private readonly ConcurrentDictionary<ObjectKey, TEntity> _tombstones = new();
    private RateLimitingQueue<ObjectKey>? _queue;

    public string Kind { get; } = EntityMetadata.Of<TEntity>().Kind;

    /// <summary>The informer of the current run (null before the first run).</summary>
    public ResourceInformer<TEntity>? Informer { get; private set; }

    /// <summary>The queue of the current run (null while not running).</summary>
    public RateLimitingQueue<ObjectKey>? Queue => Volatile.Read(ref _queue);

    /// <summary>The <see cref="EntityRequeue{TEntity}"/> behind the injected delegate; a no-op while not running.</summary>
    public void Requeue(TEntity entity, TimeSpan requeueIn) => Queue?.AddAfter(ObjectKey.Of(entity), requeueIn);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var options = new InformerOptions
        {
            Namespace = settings.Namespace,
            ResyncPeriod = settings.ResyncPeriod,
            WatchTimeoutSeconds = settings.WatchTimeoutSeconds,
        };
        using var queue = new RateLimitingQueue<ObjectKey>(Kind, RateLimiters.DefaultControllerRateLimiter<ObjectKey>(time),
            time, metrics);
        var informer = new ResourceInformer<TEntity>(client, options, time, _logger);
        informer.AddEventHandler(change => OnChange(queue, change));
        Informer = informer;
        Volatile.Write(ref _queue, queue);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watches = new List<Task> { informer.RunAsync(stop.Token) };
        watches.AddRange(ownedWatches.Select(w => w.RunAsync(client, options, time, _logger, queue.Add, stop.Token)));
        try
        {
            await informer.Synced.WaitAsync(cancellationToken);
            Log.ControllerStarted(_logger, Kind, settings.MaxConcurrentReconciles);
            var workers = Enumerable.Range(0, Math.Max(1, settings.MaxConcurrentReconciles))
                .Select(_ => Task.Run(() => WorkAsync(queue, cancellationToken), CancellationToken.None));
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown or lost leadership.
        }
        finally
        {
            Volatile.Write(ref _queue, null);
            queue.ShutDown();
            await stop.CancelAsync();
            await Task.WhenAll(watches);
            Log.ControllerStopped(_logger, Kind);
        }
    }

    private void OnChange(RateLimitingQueue<ObjectKey> queue, InformerEvent<TEntity> change)
    {
        var key = ObjectKey.Of(change.Current);
        if (change.Type == InformerEventType.Deleted) _tombstones[key] = change.Current;
        else _tombstones.TryRemove(key, out _);
        queue.Add(key);
    }

    private async Task WorkAsync(RateLimitingQueue<ObjectKey> queue, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var (key, shutdown) = await queue.GetAsync(ct);
            if (shutdown) return;
            try
            {
                // Leadership may have ended while this worker waited: never start a pass after that.
                if (ct.IsCancellationRequested) return;
                await ProcessAsync(queue, key, ct);
            }
            finally
            {
                queue.Done(key);
            }
        }
    }

    private async Task ProcessAsync(RateLimitingQueue<ObjectKey> queue, ObjectKey key, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        ReconcileOutcome outcome;
        try
        {
            var result = await DispatchAsync(key, ct);
            if (result is null)
            {
                queue.Forget(key);
                return;
            }
            if (result.IsSuccess)
            {
                queue.Forget(key);
                if (result.RequeueAfter is { } delay) queue.AddAfter(key, delay);
                Log.Reconciled(_logger, Kind, key);
                outcome = ReconcileOutcome.Success;
            }
            else
            {
                Retry(queue, key, result.ErrorMessage ?? "failed", result.Error, result.RequeueAfter);
                outcome = ReconcileOutcome.Error;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            outcome = ReconcileOutcome.Cancelled;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Retry(queue, key, ex.Message, ex, null);
            outcome = ReconcileOutcome.Error;
        }
        metrics.ReconcileCompleted(Kind, outcome, time.GetElapsedTime(started));
    }

    private void Retry(RateLimitingQueue<ObjectKey> queue, ObjectKey key, string message, Exception? error, TimeSpan? after)
    {
        Log.ReconcileFailed(_logger, Kind, key, queue.NumRequeues(key) + 1, message, error);
        if (after is { } delay) queue.AddAfter(key, delay);
        else queue.AddRateLimited(key);
    }

    private async Task<ReconciliationResult<TEntity>?> DispatchAsync(ObjectKey key, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        if (Informer is not { } informer || !informer.Cache.TryGet(key, out var cached))
        {
            if (!_tombstones.TryGetValue(key, out var last)) return null;
            var deleted = await provider.GetRequiredService<IEntityController<TEntity>>().DeletedAsync(EntityCopy.Clone(last), ct);
            if (deleted.IsSuccess) _tombstones.TryRemove(new KeyValuePair<ObjectKey, TEntity>(key, last));
            return deleted;
        }
        var entity = EntityCopy.Clone(cached);
        if (entity.Metadata.DeletionTimestamp is not null) return await FinalizeAsync(provider, key, entity, ct);
        if (settings.AutoAttachFinalizers)
            foreach (var finalizer in _finalizers)
                entity = await client.AddFinalizerAsync(entity, finalizer.Identifier, ct);
        return await provider.GetRequiredService<IEntityController<TEntity>>().ReconcileAsync(entity, ct);
    }

    private async Task<ReconciliationResult<TEntity>> FinalizeAsync(IServiceProvider provider, ObjectKey key, TEntity entity,
        CancellationToken ct)
    {
        foreach (var identifier in entity.Metadata.Finalizers?.ToList() ?? [])
        {
            if (!_finalizers.Any(f => f.Identifier == identifier)) continue;
            var finalizer = provider.GetRequiredKeyedService<IEntityFinalizer<TEntity>>(identifier);
            var result = await finalizer.FinalizeAsync(entity, ct);
            if (!result.IsSuccess)
                return ReconciliationResult<TEntity>.Failure(entity, $"finalizer {identifier}: {result.ErrorMessage}",
                    result.Error, result.RequeueAfter);
            if (!settings.AutoDetachFinalizers) continue;
            entity = await client.RemoveFinalizerAsync(entity, identifier, ct);
            Log.Finalized(_logger, identifier, Kind, key);
        }
        return ReconciliationResult<TEntity>.Success(entity);
    }
}
