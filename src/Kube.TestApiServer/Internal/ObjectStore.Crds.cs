using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

internal sealed partial class ObjectStore
{
    private static void ValidateCrd(JsonObject crd, List<Cause> causes)
    {
        var spec = crd["spec"] as JsonObject;
        if (spec is null)
        {
            causes.Add(Cause.Required("spec"));
            return;
        }
        var group = spec.Str("group") ?? "";
        var names = spec["names"] as JsonObject ?? [];
        var plural = names.Str("plural") ?? "";
        if (group.Length == 0) causes.Add(Cause.Required("spec.group"));
        else if (!group.Contains('.', StringComparison.Ordinal))
            causes.Add(Cause.Invalid("spec.group", group, "should be a domain with at least one dot"));
        if (plural.Length == 0) causes.Add(Cause.Required("spec.names.plural"));
        if (string.IsNullOrEmpty(names.Str("kind"))) causes.Add(Cause.Required("spec.names.kind"));
        var scope = spec.Str("scope");
        if (scope is not ("Namespaced" or "Cluster"))
            causes.Add(Cause.NotSupported("spec.scope", scope, ["\"Cluster\"", "\"Namespaced\""]));
        if (plural.Length > 0 && group.Length > 0 && crd.Name() != $"{plural}.{group}")
            causes.Add(Cause.Invalid("metadata.name", crd.Name(), $"must be spec.names.plural+\".\"+spec.group"));
        var versions = (spec["versions"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        if (versions.Count == 0) causes.Add(Cause.Required("spec.versions", "must have exactly one version marked as storage version"));
        else if (versions.Count(v => v["storage"] is JsonValue s && s.TryGetValue<bool>(out var b) && b) != 1)
            causes.Add(Cause.Invalid("spec.versions", spec["versions"]?.DeepClone(), "must have exactly one version marked as storage version"));
        for (var i = 0; i < versions.Count; i++)
            if (versions[i]["schema"]?["openAPIV3Schema"] is not JsonObject)
                causes.Add(Cause.Required($"spec.versions[{i}].schema.openAPIV3Schema", "schemas are required"));
    }

    private static void ValidateCrdUpdate(JsonObject current, JsonObject next)
    {
        var before = current["spec"]?["scope"]?.ToJsonString();
        var after = next["spec"]?["scope"]?.ToJsonString();
        if (before != after)
            throw Errors.Invalid(ResourceRegistry.Crds, next.Name(), Cause.Invalid("spec.scope", next["spec"]?["scope"]?.DeepClone(), "field is immutable"));
    }

    /// <summary>The server-written CRD status: names accepted and Established at once.</summary>
    private static void PrepareCrd(JsonObject crd, DateTimeOffset now)
    {
        var spec = crd["spec"]!.AsObject();
        var names = spec["names"]!.AsObject().DeepClone().AsObject();
        if (string.IsNullOrEmpty(names.Str("singular"))) names["singular"] = (names.Str("kind") ?? "").ToLowerInvariant();
        if (string.IsNullOrEmpty(names.Str("listKind"))) names["listKind"] = names.Str("kind") + "List";
        spec["names"] = names.DeepClone();
        var time = KubeTime.Format(now);
        var storage = (spec["versions"] as JsonArray ?? []).OfType<JsonObject>()
            .First(v => v["storage"] is JsonValue s && s.TryGetValue<bool>(out var b) && b).Str("name");
        crd["status"] = new JsonObject
        {
            ["conditions"] = new JsonArray(
                Condition("NamesAccepted", "NoConflicts", "no conflicts found", time),
                Condition("Established", "InitialNamesAccepted", "the initial names have been accepted", time)),
            ["acceptedNames"] = names,
            ["storedVersions"] = new JsonArray(storage),
        };
    }

    private static JsonObject Condition(string type, string reason, string message, string time) => new()
    {
        ["type"] = type, ["status"] = "True", ["lastTransitionTime"] = time, ["reason"] = reason, ["message"] = message,
    };

    private static void RefreshCrdStatus(JsonObject crd)
    {
        if (crd["status"] is JsonObject status && crd["spec"]?["names"] is JsonObject names)
            status["acceptedNames"] = names.DeepClone();
        var storage = (crd["spec"]?["versions"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(v => v["storage"] is JsonValue s && s.TryGetValue<bool>(out var b) && b)?.Str("name");
        if (storage is not null && crd["status"] is JsonObject st)
        {
            var stored = st["storedVersions"] as JsonArray ?? [];
            if (!stored.Any(v => v?.GetValue<string>() == storage)) stored.Add(storage);
            st["storedVersions"] = stored.DeepClone();
        }
    }

    /// <summary>Starts (or refreshes) serving the CRD's versions; the bucket adopts the storage version.</summary>
    private void ServeCrd(JsonObject crd)
    {
        var types = ResourceRegistry.FromCrd(crd);
        var spec = crd["spec"] as JsonObject ?? [];
        _registry.ReplaceCustom(spec.Str("group") ?? "", (spec["names"] as JsonObject)?.Str("plural") ?? "", types);
        if (types.Count > 0 && _buckets.TryGetValue(types[0].StorageKey, out var bucket))
            bucket.Type = types.FirstOrDefault(t => $"{t.Group}/{t.Version}" == StorageApiVersion(types[0])) ?? types[0];
    }

    /// <summary>Deleting a CRD stops serving it and deletes every object of it.</summary>
    private void UnserveCrd(JsonObject crd)
    {
        var types = ResourceRegistry.FromCrd(crd);
        var spec = crd["spec"] as JsonObject ?? [];
        var group = spec.Str("group") ?? "";
        var plural = (spec["names"] as JsonObject)?.Str("plural") ?? "";
        if (_buckets.TryGetValue($"{group}/{plural}", out var bucket))
            foreach (var key in bucket.Keys.ToList())
                Commit(bucket.Type, "DELETED", null, bucket.Items[key]);
        _registry.ReplaceCustom(group, plural, []);
        _ = types;
    }

    /// <summary>Installs a CRD at start-up (from CrdDirectory), as if POSTed.</summary>
    public void Install(JsonObject crd) =>
        Create(ResourceRegistry.Crds, null, crd, WriteOptions.Default with { FieldManager = "test-api-server" });
}
