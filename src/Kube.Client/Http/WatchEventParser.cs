using System.Text.Json;
using Kube.Client.Exceptions;
using Kube.Client.Models;

namespace Kube.Client.Http;

/// <summary>
/// Parses one line of a watch stream, <c>{"type":"ADDED","object":{…}}</c>. Pure: the stream reader
/// hands it lines, so it is tested with raw strings.
/// </summary>
internal static class WatchEventParser
{
    public static (WatchEventType Type, JsonElement Object, string? ResourceVersion) Parse(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new KubernetesClientException($"Watch stream sent a line that is not JSON: {Shorten(line)}", ex);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("object", out var objectElement) || objectElement.ValueKind != JsonValueKind.Object)
                throw new KubernetesClientException($"Watch event lacks 'type' or 'object': {Shorten(line)}");
            var type = typeElement.GetString() switch
            {
                "ADDED" => WatchEventType.Added,
                "MODIFIED" => WatchEventType.Modified,
                "DELETED" => WatchEventType.Deleted,
                "BOOKMARK" => WatchEventType.Bookmark,
                "ERROR" => WatchEventType.Error,
                var other => throw new KubernetesClientException($"Unknown watch event type '{other}'."),
            };
            var resourceVersion = objectElement.TryGetProperty("metadata", out var metadata)
                && metadata.ValueKind == JsonValueKind.Object
                && metadata.TryGetProperty("resourceVersion", out var rv) && rv.ValueKind == JsonValueKind.String
                    ? rv.GetString()
                    : null;
            return (type, objectElement.Clone(), resourceVersion);
        }
    }

    public static V1Status ParseStatus(JsonElement element) =>
        element.Deserialize<V1Status>(KubernetesJson.Options) ?? new V1Status { Status = "Failure" };

    /// <summary>Whether an ERROR event or error status means "history is gone, re-list" (410, Expired or Gone).</summary>
    public static bool IsExpired(V1Status status) =>
        status.Code == 410 || status.Reason is "Expired" or "Gone";

    private static string Shorten(string line) => line.Length <= 200 ? line : line[..200] + "…";
}
