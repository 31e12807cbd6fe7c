using k8s;
using k8s.Models;

namespace Kube.Operator.Finalizer;

/// <summary>A finalizer registered for <typeparamref name="TEntity"/> under <paramref name="Identifier"/>.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <param name="Identifier">The finalizer name in <c>metadata.finalizers</c>.</param>
/// <param name="Implementation">The finalizer type.</param>
internal sealed record FinalizerRegistration<TEntity>(string Identifier, Type Implementation)
    where TEntity : IKubernetesObject<V1ObjectMeta>;
