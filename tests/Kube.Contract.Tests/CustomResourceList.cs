using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

/// <summary>A list of custom resources as the server returns it (<c>WidgetList</c>, <c>GadgetList</c>).</summary>
public sealed class CustomResourceList<T> : IKubernetesObject<V1ListMeta>, IItems<T>
    where T : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = null!;

    public string Kind { get; set; } = null!;

    public V1ListMeta Metadata { get; set; } = null!;

    public IList<T> Items { get; set; } = [];
}
