using k8s;
using k8s.Models;

namespace Kube.Operator.Finalizer;

/// <summary>
/// Adds the finalizer registered for <typeparamref name="TImplementation"/> to an entity if missing and
/// returns the stored entity (KubeOps' delegate of the same name; inject it when
/// <see cref="OperatorSettings.AutoAttachFinalizers"/> is off).
/// </summary>
/// <typeparam name="TImplementation">The finalizer type.</typeparam>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <param name="entity">The entity.</param>
/// <param name="cancellationToken">Cancels the write.</param>
/// <returns>The entity with the finalizer and its new resourceVersion.</returns>
public delegate Task<TEntity> EntityFinalizerAttacher<TImplementation, TEntity>(TEntity entity,
    CancellationToken cancellationToken = default)
    where TImplementation : IEntityFinalizer<TEntity>
    where TEntity : IKubernetesObject<V1ObjectMeta>;
