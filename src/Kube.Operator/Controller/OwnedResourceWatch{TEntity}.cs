using k8s;
using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Informer;
using Microsoft.Extensions.Logging;

namespace Kube.Operator.Controller;

/// <summary>Watches a kind owned by <typeparamref name="TEntity"/> and reports the owners' keys.</summary>
/// <typeparam name="TEntity">The owner type.</typeparam>
internal abstract class OwnedResourceWatch<TEntity>
    where TEntity : IKubernetesObject<V1ObjectMeta>
{
    public abstract Task RunAsync(IKubernetesClient client, InformerOptions options, TimeProvider time, ILogger logger,
        Action<ObjectKey> enqueueOwner, CancellationToken cancellationToken);
}
