using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>RFC 7386 JSON merge patch: keys overwrite, null deletes, arrays replace whole.</summary>
internal static class MergePatch
{
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject) return patch?.DeepClone();
        var result = target as JsonObject ?? new JsonObject();
        foreach (var (key, value) in patchObject)
        {
            if (value is null) result.Remove(key);
            else
            {
                var existing = result[key];
                result.Remove(key);
                result[key] = Apply(existing, value);
            }
        }
        return result;
    }
}
