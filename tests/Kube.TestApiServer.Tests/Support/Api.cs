using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Tests.Support;

/// <summary>Raw HTTP + JSON against a test API server, the way any client sees it.</summary>
public sealed class Api(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public HttpClient Http => _http;

    public async Task<(HttpStatusCode Code, JsonObject Body, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string path, string? body = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) as JsonObject ?? new JsonObject { ["raw"] = text };
        return (response.StatusCode, json, response);
    }

    public async Task<JsonObject> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (code, body, _) = await SendAsync(HttpMethod.Get, path);
        Assert.True(code == expected, $"GET {path}: {(int)code} {body.ToJsonString()}");
        return body;
    }

    public async Task<JsonObject> PostAsync(string path, string body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var (code, json, _) = await SendAsync(HttpMethod.Post, path, body);
        Assert.True(code == expected, $"POST {path}: {(int)code} {json.ToJsonString()}");
        return json;
    }

    public async Task<JsonObject> PutAsync(string path, string body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (code, json, _) = await SendAsync(HttpMethod.Put, path, body);
        Assert.True(code == expected, $"PUT {path}: {(int)code} {json.ToJsonString()}");
        return json;
    }

    public async Task<JsonObject> PatchAsync(string path, string body, string contentType, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (code, json, _) = await SendAsync(HttpMethod.Patch, path, body, contentType);
        Assert.True(code == expected, $"PATCH {path}: {(int)code} {json.ToJsonString()}");
        return json;
    }

    public async Task<JsonObject> DeleteAsync(string path, string? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (code, json, _) = await SendAsync(HttpMethod.Delete, path, body);
        Assert.True(code == expected, $"DELETE {path}: {(int)code} {json.ToJsonString()}");
        return json;
    }

    /// <summary>Creates a namespace with a unique name for one test.</summary>
    public async Task<string> NewNamespaceAsync(string prefix = "t")
    {
        var created = await PostAsync("/api/v1/namespaces", $$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"generateName":"{{{prefix}}}-"}}""");
        return created["metadata"]!["name"]!.GetValue<string>();
    }

    public static string Rv(JsonObject obj) => obj["metadata"]!["resourceVersion"]!.GetValue<string>();

    public void Dispose() => _http.Dispose();
}
