namespace Kube.Client;

/// <summary>Parameters of a patch request (not in KubernetesClient's API, which takes them as arguments).</summary>
public sealed class PatchOptions
{
    /// <summary>Field manager name; required for server-side apply.</summary>
    public string? FieldManager { get; set; }

    /// <summary>Server-side apply only: take ownership of fields another manager owns.</summary>
    public bool? Force { get; set; }

    /// <summary>Patch a subresource instead of the object, e.g. <c>status</c>.</summary>
    public string? Subresource { get; set; }
}
