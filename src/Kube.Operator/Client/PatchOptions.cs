namespace Kube.Operator.Client;

/// <summary>Options of a patch request.</summary>
public sealed class PatchOptions
{
    /// <summary>The field manager recorded in managedFields (required for apply patches).</summary>
    public string? FieldManager { get; set; }

    /// <summary>Apply patches: take fields other managers own instead of failing with a conflict.</summary>
    public bool? Force { get; set; }

    /// <summary>Patch a subresource, e.g. <c>status</c>.</summary>
    public string? Subresource { get; set; }
}
