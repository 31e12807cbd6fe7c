using k8s;
using k8s.Models;

namespace Kube.Operator.Informer;

/// <summary>The work-queue and cache key of an object: namespace (null for cluster-scoped kinds) and name.</summary>
/// <param name="Namespace">The namespace, or null.</param>
/// <param name="Name">The name.</param>
public readonly record struct ObjectKey(string? Namespace, string Name)
{
    /// <summary>The key of <paramref name="entity"/>.</summary>
    /// <param name="entity">An object with metadata.</param>
    /// <returns>Its key.</returns>
    public static ObjectKey Of(IKubernetesObject<V1ObjectMeta> entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new ObjectKey(entity.Metadata.NamespaceProperty,
            entity.Metadata.Name ?? throw new ArgumentException("The object has no metadata.name.", nameof(entity)));
    }

    /// <summary><c>namespace/name</c>, or <c>name</c> for cluster-scoped objects (client-go's key format).</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.IsNullOrEmpty(Namespace) ? Name : $"{Namespace}/{Name}";
}
