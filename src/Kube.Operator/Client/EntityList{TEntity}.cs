using k8s;
using k8s.Models;

namespace Kube.Operator.Client;

/// <summary>A list answer of any kind: items plus the list's resourceVersion and continue token.</summary>
/// <typeparam name="TEntity">The item type.</typeparam>
public sealed class EntityList<TEntity> : IKubernetesObject<V1ListMeta>, IItems<TEntity>
{
    /// <summary>The list's apiVersion.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>The list's kind (<c>…List</c>).</summary>
    public string? Kind { get; set; }

    /// <summary>resourceVersion (the snapshot to watch from) and continue token.</summary>
    public V1ListMeta Metadata { get; set; } = new();

    /// <summary>The objects.</summary>
    public IList<TEntity> Items { get; set; } = [];
}
