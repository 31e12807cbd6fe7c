using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>
/// Field ownership in metadata.managedFields (FieldsV1) and server-side apply. Granularity: every
/// leaf of a JSON object is a field; lists are atomic (owned whole), as CR lists without
/// x-kubernetes-list-type are. Labels and annotations are owned per key.
/// </summary>
internal static class ManagedFields
{
    private const char Separator = '\u001f';

    /// <summary>Records an Update-operation write: the writer takes the fields it changed.</summary>
    public static void RecordUpdate(ResourceType type, JsonObject next, JsonObject? previous, string manager, string operation,
        string? subresource, DateTimeOffset now)
    {
        var before = previous is null ? new Dictionary<string, JsonNode?>() : Leaves(type, previous, subresource);
        var after = Leaves(type, next, subresource);
        var changed = after.Where(kv => !before.TryGetValue(kv.Key, out var old) || !JsonNode.DeepEquals(old, kv.Value))
            .Select(kv => kv.Key).ToHashSet();
        var removed = before.Keys.Where(k => !after.ContainsKey(k)).ToHashSet();
        var entries = Parse(previous);
        var mine = entries.FirstOrDefault(e => e.Manager == manager && e.Operation == operation && e.Subresource == subresource);
        foreach (var e in entries)
            if (e != mine) e.Paths.ExceptWith(changed.Concat(removed));
        if (mine is null && changed.Count > 0)
        {
            mine = new Entry(manager, operation, next.Str("apiVersion") ?? "", subresource, []);
            entries.Add(mine);
        }
        if (mine is not null)
        {
            mine.Paths.UnionWith(changed);
            mine.Paths.ExceptWith(removed);
            if (changed.Count > 0 || removed.Count > 0) mine.Time = now;
        }
        Write(next, entries);
    }

    /// <summary>
    /// Server-side apply of <paramref name="intent"/> by <paramref name="manager"/> onto a copy of
    /// <paramref name="current"/>: conflicts with other managers → 409 unless forced; fields the
    /// manager applied before and now omits are removed when nobody else owns them.
    /// </summary>
    public static JsonObject Apply(ResourceType type, JsonObject current, JsonObject intent, string manager, bool force,
        string? subresource, DateTimeOffset now)
    {
        var live = Leaves(type, current, subresource);
        var wanted = Leaves(type, intent, subresource);
        var entries = Parse(current);
        var conflicts = new List<(Entry Owner, string Path)>();
        foreach (var e in entries)
        {
            if (e.Manager == manager || e.Subresource != subresource) continue;
            foreach (var path in e.Paths)
                if (wanted.TryGetValue(path, out var value) && !(live.TryGetValue(path, out var have) && JsonNode.DeepEquals(have, value)))
                    conflicts.Add((e, path));
        }
        if (conflicts.Count > 0 && !force) throw Conflict(type, current.Name(), conflicts);
        foreach (var (owner, path) in conflicts) owner.Paths.Remove(path);

        var mine = entries.FirstOrDefault(e => e.Manager == manager && e.Operation == "Apply" && e.Subresource == subresource);
        var previouslyApplied = mine?.Paths.ToHashSet() ?? [];
        var merged = current.DeepClone().AsObject();
        MergeInto(merged, intent, type, subresource);
        foreach (var path in previouslyApplied)
        {
            if (wanted.ContainsKey(path)) continue;
            if (entries.Any(e => e != mine && e.Paths.Contains(path))) continue;
            Remove(merged, path);
        }
        if (mine is null)
        {
            mine = new Entry(manager, "Apply", intent.Str("apiVersion") ?? type.ApiVersion, subresource, []);
            entries.Add(mine);
        }
        if (!mine.Paths.SetEquals(wanted.Keys)) mine.Time = now;
        mine.Paths.Clear();
        mine.Paths.UnionWith(wanted.Keys);
        mine.Time ??= now;
        // Same-manager Update ownership of re-applied fields moves to the Apply entry.
        foreach (var e in entries)
            if (e != mine && e.Manager == manager) e.Paths.ExceptWith(wanted.Keys);
        Write(merged, entries);
        return merged;
    }

    private static ApiException Conflict(ResourceType type, string name, List<(Entry Owner, string Path)> conflicts)
    {
        string Dotted(string path) => "." + path.Replace(Separator, '.');
        var groups = conflicts.GroupBy(c => (c.Owner.Manager, c.Owner.ApiVersion)).ToList();
        var parts = groups.Select(g => g.Count() == 1
            ? $"conflict with \"{g.Key.Manager}\" using {g.Key.ApiVersion}: {Dotted(g.First().Path)}"
            : $"conflicts with \"{g.Key.Manager}\" using {g.Key.ApiVersion}:\n" + string.Join("\n", g.Select(c => "- " + Dotted(c.Path))));
        var message = $"Apply failed with {conflicts.Count} conflict{(conflicts.Count == 1 ? "" : "s")}: {string.Join("\n", parts)}";
        var details = Errors.Details(type, name);
        var causes = new JsonArray();
        foreach (var (owner, path) in conflicts)
            causes.Add(new JsonObject
            {
                ["reason"] = "FieldManagerConflict",
                ["message"] = $"conflict with \"{owner.Manager}\" using {owner.ApiVersion}",
                ["field"] = Dotted(path),
            });
        details["causes"] = causes;
        return new ApiException(409, "Conflict", message, details);
    }

    /// <summary>Merges the applied intent into the live object: objects merge, lists and scalars replace.</summary>
    private static void MergeInto(JsonObject target, JsonObject intent, ResourceType type, string? subresource)
    {
        foreach (var (key, value) in intent)
        {
            if (key is "apiVersion" or "kind") continue;
            if (!InScope(type, key, subresource)) continue;
            if (key == "metadata" && value is JsonObject meta)
            {
                var targetMeta = target.Metadata();
                foreach (var field in new[] { "labels", "annotations", "finalizers", "ownerReferences" })
                    if (meta[field] is { } v) MergeValue(targetMeta, field, v);
                continue;
            }
            MergeValue(target, key, value);
        }
    }

    private static void MergeValue(JsonObject target, string key, JsonNode? value)
    {
        if (value is JsonObject source && target[key] is JsonObject existing)
            foreach (var (k, v) in source) MergeValue(existing, k, v);
        else if (value is not null)
            target[key] = value.DeepClone();
    }

    private static void Remove(JsonObject obj, string path)
    {
        var segments = path.Split(Separator);
        JsonNode? node = obj;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            node = node is JsonObject o ? o[segments[i]] : null;
            if (node is null) return;
        }
        (node as JsonObject)?.Remove(segments[^1]);
    }

    private static bool InScope(ResourceType type, string key, string? subresource) =>
        subresource == "status" ? key == "status" : key == "metadata" || key != "status" || !type.HasStatus;

    /// <summary>The owned-field leaves of an object within the scope of a main or /status write.</summary>
    public static Dictionary<string, JsonNode?> Leaves(ResourceType type, JsonObject obj, string? subresource)
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            if (key is "apiVersion" or "kind" || !InScope(type, key, subresource)) continue;
            if (key == "metadata")
            {
                if (value is not JsonObject meta) continue;
                foreach (var field in new[] { "labels", "annotations" })
                    if (meta[field] is JsonObject map)
                        foreach (var (k, v) in map) result[$"metadata{Separator}{field}{Separator}{k}"] = v;
                foreach (var field in new[] { "finalizers", "ownerReferences" })
                    if (meta[field] is { } v) result[$"metadata{Separator}{field}"] = v;
                continue;
            }
            Collect(key, value, result);
        }
        return result;
    }

    private static void Collect(string path, JsonNode? value, Dictionary<string, JsonNode?> into)
    {
        if (value is JsonObject o && o.Count > 0)
            foreach (var (k, v) in o) Collect(path + Separator + k, v, into);
        else into[path] = value;
    }

    private sealed class Entry(string manager, string operation, string apiVersion, string? subresource, HashSet<string> paths)
    {
        public string Manager { get; } = manager;

        public string Operation { get; } = operation;

        public string ApiVersion { get; } = apiVersion;

        public string? Subresource { get; } = subresource;

        public HashSet<string> Paths { get; } = paths;

        public DateTimeOffset? Time { get; set; }

        public string? OriginalTime { get; init; }
    }

    private static List<Entry> Parse(JsonObject? obj)
    {
        var entries = new List<Entry>();
        if (obj?["metadata"]?["managedFields"] is not JsonArray array) return entries;
        foreach (var e in array.OfType<JsonObject>())
        {
            var paths = new HashSet<string>(StringComparer.Ordinal);
            if (e["fieldsV1"] is JsonObject fields) Decode(fields, "", paths);
            entries.Add(new Entry(e.Str("manager") ?? "", e.Str("operation") ?? "Update", e.Str("apiVersion") ?? "",
                e.Str("subresource"), paths) { OriginalTime = e.Str("time") });
        }
        return entries;
    }

    private static void Decode(JsonObject fields, string prefix, HashSet<string> into)
    {
        foreach (var (key, child) in fields)
        {
            if (key == ".") continue;
            if (!key.StartsWith("f:", StringComparison.Ordinal))
            {
                // Keyed list items (k:/v:/i:) are finer than we track: the whole list is the field.
                if (prefix.Length > 0) into.Add(prefix);
                continue;
            }
            var path = prefix.Length == 0 ? key[2..] : prefix + Separator + key[2..];
            if (child is JsonObject o && o.Count > 0) Decode(o, path, into);
            else into.Add(path);
        }
    }

    private static void Write(JsonObject obj, List<Entry> entries)
    {
        var array = new JsonArray();
        foreach (var e in entries.Where(e => e.Paths.Count > 0))
        {
            var fields = new JsonObject();
            foreach (var path in e.Paths.Order(StringComparer.Ordinal))
            {
                var node = fields;
                foreach (var segment in path.Split(Separator))
                {
                    if (node["f:" + segment] is not JsonObject next)
                    {
                        next = new JsonObject();
                        node["f:" + segment] = next;
                    }
                    node = next;
                }
            }
            var entry = new JsonObject
            {
                ["manager"] = e.Manager,
                ["operation"] = e.Operation,
                ["apiVersion"] = e.ApiVersion,
                ["time"] = e.Time is { } t ? KubeTime.Format(t) : e.OriginalTime,
                ["fieldsType"] = "FieldsV1",
                ["fieldsV1"] = fields,
            };
            if (e.Subresource is not null) entry["subresource"] = e.Subresource;
            array.Add(entry);
        }
        if (array.Count > 0) obj.Metadata()["managedFields"] = array;
        else obj.Metadata().Remove("managedFields");
    }
}
