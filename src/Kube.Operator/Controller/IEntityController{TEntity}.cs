using k8s;
using k8s.Models;

namespace Kube.Operator.Controller;

/// <summary>
/// The reconciler of one entity kind (KubeOps' <c>IEntityController&lt;TEntity&gt;</c>). The runtime calls
/// <see cref="ReconcileAsync"/> with the latest cached state whenever the object (or an object it owns)
/// changes, never for the same object on two workers at once; it must be level-based and idempotent.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public interface IEntityController<TEntity>
    where TEntity : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>Brings the world in line with <paramref name="entity"/>.</summary>
    /// <param name="entity">A private copy of the latest state; it may be modified.</param>
    /// <param name="cancellationToken">Cancelled on shutdown and when leadership is lost.</param>
    /// <returns>Success (optionally with a requeue delay) or a failure, which is retried with backoff.</returns>
    Task<ReconciliationResult<TEntity>> ReconcileAsync(TEntity entity, CancellationToken cancellationToken);

    /// <summary>Called once after the object is gone from the server (its last known state).</summary>
    /// <param name="entity">The last state seen.</param>
    /// <param name="cancellationToken">Cancelled on shutdown and when leadership is lost.</param>
    /// <returns>The result; a failure is retried while the runtime still remembers the object.</returns>
    Task<ReconciliationResult<TEntity>> DeletedAsync(TEntity entity, CancellationToken cancellationToken) =>
        Task.FromResult(ReconciliationResult<TEntity>.Success(entity));
}
