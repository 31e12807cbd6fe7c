using System.Text.Json.Nodes;

namespace Charts.Tests.Support;

/// <summary>The objects one <c>helm template</c> produced, with lookups by kind and name.</summary>
internal sealed class Rendered(string valuesName, IReadOnlyList<JsonObject> objects)
{
    /// <summary>Which values produced it ("default" or a file name), for messages.</summary>
    public string ValuesName { get; } = valuesName;

    /// <summary>Every rendered object, in helm's order.</summary>
    public IReadOnlyList<JsonObject> Objects { get; } = objects;

    /// <summary>Every object of <paramref name="kind"/>.</summary>
    public IEnumerable<JsonObject> OfKind(string kind) => Objects.Where(o => Kind(o) == kind);

    /// <summary>The one object of <paramref name="kind"/> whose name ends with <paramref name="nameSuffix"/>.</summary>
    public JsonObject Single(string kind, string nameSuffix) =>
        Assert.Single(OfKind(kind), o => Name(o).EndsWith(nameSuffix, StringComparison.Ordinal));

    /// <summary>The object's kind.</summary>
    public static string Kind(JsonNode o) => o["kind"]?.GetValue<string>() ?? "";

    /// <summary>The object's name.</summary>
    public static string Name(JsonNode o) => o["metadata"]?["name"]?.GetValue<string>() ?? "";

    /// <summary>The object's namespace, or null.</summary>
    public static string? Namespace(JsonNode o) => o["metadata"]?["namespace"]?.GetValue<string>();

    /// <summary>"Kind/name" for messages.</summary>
    public static string Id(JsonNode o) => $"{Kind(o)}/{Name(o)}";

    /// <summary>A string map (labels, matchLabels) as a dictionary.</summary>
    public static Dictionary<string, string> Map(JsonNode? node) =>
        (node as JsonObject ?? []).ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "");

    /// <summary>The pod template spec of a workload, or null for other kinds.</summary>
    public static JsonObject? PodSpec(JsonObject o) => o["spec"]?["template"]?["spec"] as JsonObject;
}
