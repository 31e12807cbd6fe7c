namespace Kube.Client.Models;

/// <summary>
/// Names the API resource a model class maps to; the client derives URLs from it
/// (<c>/apis/{Group}/{ApiVersion}/…/{PluralName}</c>, or <c>/api/{ApiVersion}/…</c> for the core group).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class KubernetesEntityAttribute : Attribute
{
    /// <summary>The API group; empty for the core group.</summary>
    public string Group { get; set; } = "";

    /// <summary>The version within the group, e.g. <c>v1</c>.</summary>
    public string ApiVersion { get; set; } = "";

    /// <summary>The kind, e.g. <c>Job</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The lowercase plural resource name used in URLs, e.g. <c>jobs</c>.</summary>
    public string PluralName { get; set; } = "";
}
