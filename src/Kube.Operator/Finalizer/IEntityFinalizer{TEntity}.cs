using k8s;
using k8s.Models;
using Kube.Operator.Controller;

namespace Kube.Operator.Finalizer;

/// <summary>
/// Clean-up that must finish before an object may disappear (KubeOps' <c>IEntityFinalizer&lt;TEntity&gt;</c>).
/// Registered with an identifier, the finalizer name written into <c>metadata.finalizers</c>. The runtime
/// adds it on the first reconcile, calls <see cref="FinalizeAsync"/> once the object has a
/// deletionTimestamp, removes it after a success and retries a failure with backoff.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
public interface IEntityFinalizer<TEntity>
    where TEntity : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>Releases what the object holds outside the API server; must be idempotent.</summary>
    /// <param name="entity">A private copy of the object being deleted.</param>
    /// <param name="cancellationToken">Cancelled on shutdown and when leadership is lost.</param>
    /// <returns>Success lets the object go; failure keeps it and retries.</returns>
    Task<ReconciliationResult<TEntity>> FinalizeAsync(TEntity entity, CancellationToken cancellationToken);
}
