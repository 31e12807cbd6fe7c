namespace Kube.Client;

/// <summary>A Kubernetes object with metadata of type <typeparamref name="TMetadata"/>.</summary>
/// <typeparam name="TMetadata">The metadata type, normally <see cref="Models.V1ObjectMeta"/>.</typeparam>
public interface IKubernetesObject<TMetadata> : IKubernetesObject, IMetadata<TMetadata>
{
}
