using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>
/// One committed change. Object and Previous are frozen snapshots (never mutated after commit), so
/// every watcher can read them without copying; the JSON text is rendered once and shared.
/// </summary>
internal sealed class WatchEvent(string type, string storageKey, string? ns, JsonObject obj, JsonObject? previous, long resourceVersion)
{
    private string? _json;

    public string Type { get; } = type;

    public string StorageKey { get; } = storageKey;

    public string? Namespace { get; } = ns;

    public JsonObject Object { get; } = obj;

    /// <summary>The state before this change (MODIFIED and DELETED), for selector transitions.</summary>
    public JsonObject? Previous { get; } = previous;

    public long ResourceVersion { get; } = resourceVersion;

    public string ObjectJson => _json ??= Object.ToJsonString();
}
