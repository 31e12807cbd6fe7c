using k8s;
using k8s.Models;

namespace Kube.Operator.Queue;

/// <summary>
/// Asks for another reconcile of <paramref name="entity"/> after <paramref name="requeueIn"/> (KubeOps'
/// delegate of the same name; inject it into a controller). A change of the entity meanwhile reconciles
/// it at once; if several requeues are pending the earliest wins.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <param name="entity">The entity.</param>
/// <param name="requeueIn">The delay.</param>
public delegate void EntityRequeue<in TEntity>(TEntity entity, TimeSpan requeueIn)
    where TEntity : IKubernetesObject<V1ObjectMeta>;
