using k8s;
using k8s.Autorest;
using k8s.Models;
using Kube.Operator.Client;

namespace Kube.Operator.Status;

/// <summary>
/// Conflict-safe writes a controller needs (not in KubeOps' client): status through <c>/status</c> that
/// skips unchanged values, and finalizer edits. Each re-reads and recomputes on 409 Conflict.
/// </summary>
public static class EntityWriteExtensions
{
    /// <summary>Attempts before a conflict is passed to the caller (client-go's RetryOnConflict uses 5).</summary>
    public const int MaxConflictAttempts = 5;

    /// <summary>
    /// Sets the status with <paramref name="setStatus"/> and writes it through the status subresource, only
    /// when it differs from the stored status (so the write does not echo back as a pointless reconcile).
    /// On 409 Conflict it reads the object again and applies <paramref name="setStatus"/> to the fresh copy.
    /// </summary>
    /// <typeparam name="TEntity">The entity type (with a status subresource).</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="entity">The entity as last read (not modified).</param>
    /// <param name="setStatus">Computes the status on a copy of the entity; must be repeatable.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>The stored entity; the input itself when nothing changed.</returns>
    /// <exception cref="NotFoundException">The object was deleted meanwhile.</exception>
    /// <exception cref="ConflictException">Still conflicting after <see cref="MaxConflictAttempts"/> attempts.</exception>
    public static async Task<TEntity> ReconcileStatusAsync<TEntity>(this IKubernetesClient client, TEntity entity,
        Action<TEntity> setStatus, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(setStatus);
        var current = entity;
        for (var attempt = 1; ; attempt++)
        {
            var candidate = EntityCopy.Clone(current);
            setStatus(candidate);
            if (EntityCopy.SameStatus(current, candidate)) return current;
            try
            {
                return await client.UpdateStatusAsync(candidate, cancellationToken);
            }
            catch (HttpOperationException e) when (e.IsConflict() && attempt < MaxConflictAttempts)
            {
                current = await ReadAgainAsync(client, current, cancellationToken);
            }
        }
    }

    /// <summary>Adds <paramref name="finalizer"/> unless present (conditional write, retried on conflict).</summary>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="entity">The entity as last read.</param>
    /// <param name="finalizer">The finalizer name.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>The stored entity (the input when nothing had to change).</returns>
    public static Task<TEntity> AddFinalizerAsync<TEntity>(this IKubernetesClient client, TEntity entity, string finalizer,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        EditFinalizersAsync(client, entity, list => { if (!list.Contains(finalizer)) list.Add(finalizer); }, cancellationToken);

    /// <summary>Removes <paramref name="finalizer"/> if present (conditional write, retried on conflict).</summary>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="entity">The entity as last read.</param>
    /// <param name="finalizer">The finalizer name.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>The stored entity; after the last finalizer of a deleted object, its final state.</returns>
    public static Task<TEntity> RemoveFinalizerAsync<TEntity>(this IKubernetesClient client, TEntity entity, string finalizer,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        EditFinalizersAsync(client, entity, list => list.Remove(finalizer), cancellationToken);

    private static async Task<TEntity> EditFinalizersAsync<TEntity>(IKubernetesClient client, TEntity entity,
        Action<List<string>> edit, CancellationToken cancellationToken)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(entity);
        var current = entity;
        for (var attempt = 1; ; attempt++)
        {
            var before = current.Metadata.Finalizers?.ToList() ?? [];
            var after = before.ToList();
            edit(after);
            if (before.SequenceEqual(after, StringComparer.Ordinal)) return current;
            // A merge patch with the resourceVersion is conditional: a stale copy gets 409, never a lost edit.
            var patch = new { metadata = new { finalizers = after, resourceVersion = current.Metadata.ResourceVersion } };
            try
            {
                return await client.MergePatchAsync<TEntity>(current.Metadata.Name!, current.Metadata.NamespaceProperty, patch,
                    cancellationToken);
            }
            catch (HttpOperationException e) when (e.IsConflict() && attempt < MaxConflictAttempts)
            {
                current = await ReadAgainAsync(client, current, cancellationToken);
            }
        }
    }

    private static async Task<TEntity> ReadAgainAsync<TEntity>(IKubernetesClient client, TEntity entity,
        CancellationToken cancellationToken)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        await client.GetAsync<TEntity>(entity.Metadata.Name!, entity.Metadata.NamespaceProperty, cancellationToken)
        ?? throw KubernetesErrors.FromStatus(new V1Status
        {
            Code = 404, Reason = "NotFound", Status = "Failure",
            Message = $"{typeof(TEntity).Name} {entity.Metadata.NamespaceProperty}/{entity.Metadata.Name} was deleted while being written.",
        }, "Read again");
}
