using k8s;
using k8s.Models;
using Kube.Operator.Controller;
using Microsoft.Extensions.DependencyInjection;

namespace Kube.Operator.Builder;

/// <summary>Registrations KubeOps lacks.</summary>
public static class OperatorBuilderExtensions
{
    /// <summary>
    /// Reconciles the controlling owner (a <typeparamref name="TEntity"/>) whenever a <typeparamref name="TOwned"/>
    /// changes, like controller-runtime's <c>Owns()</c>: e.g. a campaign when one of its Jobs progresses.
    /// </summary>
    /// <typeparam name="TEntity">The owner type (with a registered controller).</typeparam>
    /// <typeparam name="TOwned">The owned type, e.g. <c>V1Job</c>.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IOperatorBuilder WatchOwned<TEntity, TOwned>(this IOperatorBuilder builder)
        where TEntity : IKubernetesObject<V1ObjectMeta>
        where TOwned : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<OwnedResourceWatch<TEntity>, OwnedResourceWatch<TEntity, TOwned>>();
        return builder;
    }
}
