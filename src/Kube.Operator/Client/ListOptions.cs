namespace Kube.Operator.Client;

/// <summary>Selectors and paging of one list request.</summary>
public sealed class ListOptions
{
    /// <summary>Label selector, e.g. <c>app=web,tier!=db</c>.</summary>
    public string? LabelSelector { get; set; }

    /// <summary>Field selector, e.g. <c>metadata.name=x</c>.</summary>
    public string? FieldSelector { get; set; }

    /// <summary>Page size; the answer carries a continue token when more remain.</summary>
    public int? Limit { get; set; }

    /// <summary>The continue token of the previous page.</summary>
    public string? Continue { get; set; }

    /// <summary>Resource version to list at (not together with <see cref="Continue"/>).</summary>
    public string? ResourceVersion { get; set; }
}
