using k8s;
using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Informer;
using Microsoft.Extensions.Logging;

namespace Kube.Operator.Controller;

/// <summary>
/// Maps every change of a <typeparamref name="TOwned"/> (e.g. a Job) to the key of its controlling owner
/// (the ownerReference with <c>controller: true</c> whose kind and apiVersion are <typeparamref name="TEntity"/>'s),
/// as controller-runtime's <c>Owns()</c> does. Owners are always in the dependent's namespace.
/// </summary>
/// <typeparam name="TEntity">The owner type.</typeparam>
/// <typeparam name="TOwned">The dependent type.</typeparam>
internal sealed class OwnedResourceWatch<TEntity, TOwned> : OwnedResourceWatch<TEntity>
    where TEntity : IKubernetesObject<V1ObjectMeta>
    where TOwned : IKubernetesObject<V1ObjectMeta>
{
    private static readonly EntityMetadata Owner = EntityMetadata.Of<TEntity>();

    public override Task RunAsync(IKubernetesClient client, InformerOptions options, TimeProvider time, ILogger logger,
        Action<ObjectKey> enqueueOwner, CancellationToken cancellationToken)
    {
        var informer = new ResourceInformer<TOwned>(client, options, time, logger);
        informer.AddEventHandler(change =>
        {
            foreach (var key in OwnerKeys(change.Current)) enqueueOwner(key);
            // An owner reference that was removed still concerns the old owner.
            if (change.Old is { } old)
                foreach (var key in OwnerKeys(old).Except(OwnerKeys(change.Current))) enqueueOwner(key);
        });
        return informer.RunAsync(cancellationToken);
    }

    /// <summary>The controlling owner of <paramref name="dependent"/> if it is a <typeparamref name="TEntity"/>.</summary>
    public static IEnumerable<ObjectKey> OwnerKeys(TOwned dependent) =>
        (dependent.Metadata.OwnerReferences ?? [])
            .Where(o => o.Controller == true && o.Kind == Owner.Kind && o.ApiVersion == Owner.ApiVersion && o.Name is not null)
            .Select(o => new ObjectKey(dependent.Metadata.NamespaceProperty, o.Name!));
}
