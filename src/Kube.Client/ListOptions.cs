namespace Kube.Client;

/// <summary>Parameters of a list request (not in KubernetesClient's API, which takes them as arguments).</summary>
public sealed class ListOptions
{
    /// <summary>Label selector: <c>k=v</c>, <c>k!=v</c>, <c>k in (a,b)</c>, <c>k notin (a)</c>, <c>k</c>, <c>!k</c>; comma is AND.</summary>
    public string? LabelSelector { get; set; }

    /// <summary>Field selector, e.g. <c>metadata.name=x</c>.</summary>
    public string? FieldSelector { get; set; }

    /// <summary>Page size; the server may return fewer items with a continue token.</summary>
    public int? Limit { get; set; }

    /// <summary>Continue token from the previous page.</summary>
    public string? Continue { get; set; }

    /// <summary>resourceVersion semantics of the read (see the API reference); usually left null.</summary>
    public string? ResourceVersion { get; set; }
}
