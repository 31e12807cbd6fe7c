using k8s;
using k8s.Models;
using Kube.Operator.Controller;
using Kube.Operator.Finalizer;
using Microsoft.Extensions.DependencyInjection;

namespace Kube.Operator.Builder;

/// <summary>Registers controllers and finalizers (KubeOps' <c>IOperatorBuilder</c>).</summary>
public interface IOperatorBuilder
{
    /// <summary>The service collection being configured.</summary>
    IServiceCollection Services { get; }

    /// <summary>Registers the controller of <typeparamref name="TEntity"/> (one per entity type).</summary>
    /// <typeparam name="TImplementation">The controller type (resolved per reconcile, in its own scope).</typeparam>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <returns>The builder.</returns>
    IOperatorBuilder AddController<TImplementation, TEntity>()
        where TImplementation : class, IEntityController<TEntity>
        where TEntity : IKubernetesObject<V1ObjectMeta>;

    /// <summary>Registers a finalizer under <paramref name="identifier"/>, the name written into <c>metadata.finalizers</c>.</summary>
    /// <typeparam name="TImplementation">The finalizer type.</typeparam>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="identifier">A domain-qualified name such as <c>example.com/cleanup</c>.</param>
    /// <returns>The builder.</returns>
    IOperatorBuilder AddFinalizer<TImplementation, TEntity>(string identifier)
        where TImplementation : class, IEntityFinalizer<TEntity>
        where TEntity : IKubernetesObject<V1ObjectMeta>;
}
