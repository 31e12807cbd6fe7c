using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>The opaque continue token: base64 of {"rv":N,"start":"key"} (like the apiserver's own).</summary>
internal static class ContinueToken
{
    public static string Encode(long rv, string lastKey)
    {
        var json = new JsonObject { ["v"] = "meta.k8s.io/v1", ["rv"] = rv, ["start"] = lastKey }.ToJsonString();
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static (long Rv, string LastKey) Decode(string token)
    {
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var node = JsonNode.Parse(Convert.FromBase64String(padded))!.AsObject();
            return (node["rv"]!.GetValue<long>(), node["start"]!.GetValue<string>());
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException or NullReferenceException)
        {
            throw Errors.BadRequest($"continue key is not valid: {ex.Message}");
        }
    }
}
