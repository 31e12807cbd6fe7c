using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>
/// The served resources: built-ins fixed at start, custom resources added and removed as CRDs are
/// written. Thread-safe by copy-on-write (readers never lock).
/// </summary>
internal sealed class ResourceRegistry
{
    private volatile Dictionary<(string Group, string Version, string Plural), ResourceType> _byPath = new();

    public ResourceRegistry()
    {
        foreach (var t in BuiltIns()) Add(t);
    }

    public static readonly ResourceType Namespaces = new("", "v1", "namespaces", "namespace", "Namespace", false)
    {
        HasStatus = true, ShortNames = ["ns"],
    };

    public static readonly ResourceType Crds = new("apiextensions.k8s.io", "v1", "customresourcedefinitions",
        "customresourcedefinition", "CustomResourceDefinition", false)
    {
        HasStatus = true, TracksGeneration = true, ShortNames = ["crd", "crds"],
    };

    public static readonly ResourceType ConfigMaps = new("", "v1", "configmaps", "configmap", "ConfigMap", true) { ShortNames = ["cm"] };

    public static readonly ResourceType Secrets = new("", "v1", "secrets", "secret", "Secret", true);

    private static IEnumerable<ResourceType> BuiltIns() =>
    [
        Namespaces,
        ConfigMaps,
        Secrets,
        new("", "v1", "events", "event", "Event", true)
        {
            ShortNames = ["ev"],
            SelectableFields = ["involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid", "reason", "type", "source"],
        },
        new("", "v1", "pods", "pod", "Pod", true)
        {
            HasStatus = true, ReturnsDeletedObject = true, ShortNames = ["po"], Categories = ["all"],
            SelectableFields = ["spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "status.phase", "status.podIP"],
        },
        new("batch", "v1", "jobs", "job", "Job", true)
        {
            HasStatus = true, TracksGeneration = true, OrphanByDefault = true, Categories = ["all"],
            SelectableFields = ["status.successful"],
        },
        new("coordination.k8s.io", "v1", "leases", "lease", "Lease", true),
        // What an install (a Helm chart, kubectl apply) creates besides CRDs. Stored with the generic
        // semantics like every built-in: no validation beyond metadata, no controllers.
        new("", "v1", "serviceaccounts", "serviceaccount", "ServiceAccount", true) { ShortNames = ["sa"] },
        new("", "v1", "services", "service", "Service", true) { HasStatus = true, ShortNames = ["svc"], Categories = ["all"] },
        new("apps", "v1", "deployments", "deployment", "Deployment", true)
        {
            HasStatus = true, TracksGeneration = true, ShortNames = ["deploy"], Categories = ["all"],
        },
        new("policy", "v1", "poddisruptionbudgets", "poddisruptionbudget", "PodDisruptionBudget", true)
        {
            HasStatus = true, TracksGeneration = true, ShortNames = ["pdb"],
        },
        new("rbac.authorization.k8s.io", "v1", "roles", "role", "Role", true),
        new("rbac.authorization.k8s.io", "v1", "rolebindings", "rolebinding", "RoleBinding", true),
        new("rbac.authorization.k8s.io", "v1", "clusterroles", "clusterrole", "ClusterRole", false),
        new("rbac.authorization.k8s.io", "v1", "clusterrolebindings", "clusterrolebinding", "ClusterRoleBinding", false),
        new("events.k8s.io", "v1", "events", "event", "Event", true) { ShortNames = ["ev"] },
        Crds,
    ];

    public ResourceType? Find(string group, string version, string plural) =>
        _byPath.TryGetValue((group, version, plural), out var t) ? t : null;

    public IReadOnlyCollection<ResourceType> All => _byPath.Values;

    /// <summary>Whether any version of this group is served (distinguishes 404 kinds in discovery).</summary>
    public bool HasGroupVersion(string group, string version) =>
        _byPath.Keys.Any(k => k.Group == group && k.Version == version);

    public void Add(ResourceType type)
    {
        lock (this)
        {
            var copy = new Dictionary<(string, string, string), ResourceType>(_byPath)
            {
                [(type.Group, type.Version, type.Plural)] = type,
            };
            _byPath = copy;
        }
    }

    /// <summary>Replaces every served version of one group/resource (a CRD write).</summary>
    public void ReplaceCustom(string group, string plural, IEnumerable<ResourceType> versions)
    {
        lock (this)
        {
            var copy = _byPath.Where(kv => !(kv.Key.Group == group && kv.Key.Plural == plural))
                .ToDictionary(kv => kv.Key, kv => kv.Value);
            foreach (var t in versions) copy[(t.Group, t.Version, t.Plural)] = t;
            _byPath = copy;
        }
    }

    /// <summary>The resource types a CRD object serves (its served versions).</summary>
    public static List<ResourceType> FromCrd(JsonObject crd)
    {
        var spec = crd["spec"] as JsonObject ?? [];
        var names = spec["names"] as JsonObject ?? [];
        var group = spec.Str("group") ?? "";
        var plural = names.Str("plural") ?? "";
        var kind = names.Str("kind") ?? "";
        var singular = names.Str("singular") is { Length: > 0 } s ? s : kind.ToLowerInvariant();
        var listKind = names.Str("listKind") is { Length: > 0 } lk ? lk : kind + "List";
        var namespaced = spec.Str("scope") != "Cluster";
        var shortNames = (names["shortNames"] as JsonArray)?.Select(n => n?.GetValue<string>() ?? "").ToList() ?? [];
        var categories = (names["categories"] as JsonArray)?.Select(n => n?.GetValue<string>() ?? "").ToList() ?? [];
        var result = new List<ResourceType>();
        foreach (var v in (spec["versions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (v["served"] is JsonValue served && served.TryGetValue<bool>(out var isServed) && !isServed) continue;
            var selectable = (v["selectableFields"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(f => (f.Str("jsonPath") ?? "").TrimStart('.')).Where(p => p.Length > 0).ToList();
            result.Add(new ResourceType(group, v.Str("name") ?? "", plural, singular, kind, namespaced)
            {
                ListKind = listKind,
                IsCustom = true,
                TracksGeneration = true,
                HasStatus = v["subresources"] is JsonObject sub && sub["status"] is not null,
                Schema = (v["schema"] as JsonObject)?["openAPIV3Schema"] as JsonObject,
                SelectableFields = selectable,
                ShortNames = shortNames,
                Categories = categories,
            });
        }
        return result;
    }
}
