using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>Reads and writes of object metadata on raw JSON objects.</summary>
internal static class Meta
{
    public static JsonObject Metadata(this JsonObject obj)
    {
        if (obj["metadata"] is JsonObject meta) return meta;
        meta = new JsonObject();
        obj["metadata"] = meta;
        return meta;
    }

    public static string? Str(this JsonObject obj, string key) =>
        obj[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static string Name(this JsonObject obj) => obj.Metadata().Str("name") ?? "";

    public static string? Namespace(this JsonObject obj) => obj.Metadata().Str("namespace");

    public static string? Uid(this JsonObject obj) => obj.Metadata().Str("uid");

    public static string? ResourceVersion(this JsonObject obj) => obj.Metadata().Str("resourceVersion");

    public static bool IsDeleting(this JsonObject obj) => obj.Metadata()["deletionTimestamp"] is not null;

    public static List<string> Finalizers(this JsonObject obj) =>
        obj.Metadata()["finalizers"] is JsonArray a
            ? a.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : "").ToList()
            : [];

    public static void SetFinalizers(this JsonObject obj, IReadOnlyCollection<string> finalizers)
    {
        if (finalizers.Count == 0) obj.Metadata().Remove("finalizers");
        else obj.Metadata()["finalizers"] = new JsonArray(finalizers.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray());
    }

    public static Dictionary<string, string> Labels(this JsonObject obj)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (obj.Metadata()["labels"] is JsonObject labels)
            foreach (var (k, v) in labels)
                result[k] = v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : v?.ToJsonString() ?? "";
        return result;
    }

    /// <summary>(uid, blockOwnerDeletion) of each ownerReference.</summary>
    public static List<(string Uid, bool Block)> OwnerUids(this JsonObject obj)
    {
        var result = new List<(string, bool)>();
        if (obj.Metadata()["ownerReferences"] is JsonArray refs)
            foreach (var r in refs.OfType<JsonObject>())
                if (r.Str("uid") is { Length: > 0 } uid)
                    result.Add((uid, r["blockOwnerDeletion"] is JsonValue b && b.TryGetValue<bool>(out var block) && block));
        return result;
    }

    public static long Generation(this JsonObject obj) =>
        obj.Metadata()["generation"] is JsonValue v && long.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out var g) ? g : 0;

    /// <summary>Deep equality of two objects ignoring the listed top-level keys.</summary>
    public static bool EqualExcept(JsonObject a, JsonObject b, params string[] ignored)
    {
        foreach (var (k, v) in a)
            if (!ignored.Contains(k) && !JsonNode.DeepEquals(v, b[k])) return false;
        foreach (var (k, v) in b)
            if (!ignored.Contains(k) && !a.ContainsKey(k) && v is not null) return false;
        return true;
    }
}
