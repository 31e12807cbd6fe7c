using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>One served resource at one group/version: what the URL, the body and the store need.</summary>
internal sealed record ResourceType(string Group, string Version, string Plural, string Singular, string Kind, bool Namespaced)
{
    public string ListKind { get; init; } = Kind + "List";

    /// <summary>Has a /status subresource: main writes keep stored status, /status writes keep the rest.</summary>
    public bool HasStatus { get; init; }

    /// <summary>A CRD-backed resource (custom resources differ: unconditional PUT refused, no SMP, status in lists).</summary>
    public bool IsCustom { get; init; }

    /// <summary>metadata.generation is set on create and bumped on desired-state changes.</summary>
    public bool TracksGeneration { get; init; }

    /// <summary>batch/v1 Jobs: a DELETE without propagationPolicy orphans dependents.</summary>
    public bool OrphanByDefault { get; init; }

    /// <summary>DELETE answers with the object instead of a Status (pods, like the real registry).</summary>
    public bool ReturnsDeletedObject { get; init; }

    /// <summary>The openAPIV3Schema of this version (custom resources only).</summary>
    public JsonObject? Schema { get; init; }

    /// <summary>Extra fieldSelector paths (built-in field labels, or CRD selectableFields).</summary>
    public IReadOnlyList<string> SelectableFields { get; init; } = [];

    public IReadOnlyList<string> ShortNames { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>Objects of every version of one group/resource share one storage bucket.</summary>
    public string StorageKey => $"{Group}/{Plural}";

    /// <summary>"configmaps" or "jobs.batch", as in error messages.</summary>
    public string GroupResource => Group.Length == 0 ? Plural : $"{Plural}.{Group}";

    /// <summary>"ConfigMap" or "Job.batch", as in Invalid messages.</summary>
    public string QualifiedKind => Group.Length == 0 ? Kind : $"{Kind}.{Group}";

    public static readonly IReadOnlyList<string> AllVerbs =
        ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
}
