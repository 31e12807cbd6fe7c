using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Kube.TestApiServer.Internal;

/// <summary>
/// The HTTP face of the server: routes kube-apiserver URLs to the store and answers with the same
/// codes and bodies. Every failure becomes a Status object.
/// </summary>
internal sealed partial class RequestHandler(ObjectStore store, ResourceRegistry registry, FaultInjector faults, TestApiServerOptions options)
{
    private static readonly string[] PatchTypesForCustom =
        ["application/json-patch+json", "application/merge-patch+json", "application/apply-patch+yaml"];

    private static readonly string[] PatchTypesForBuiltIn =
        ["application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json", "application/apply-patch+yaml"];

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        try
        {
            if (faults.LatencyFor(path) is { } latency && latency > TimeSpan.Zero)
                await Task.Delay(latency, options.TimeProvider, context.RequestAborted);
            if (faults.TakeFailure(path, context.Request.Method) is { } injected) throw injected;
            if (options.RequireAuthentication && !HasBearerToken(context.Request))
                throw new ApiException(401, "Unauthorized", "Unauthorized");
            await DispatchAsync(context, path);
        }
        catch (ApiException ex)
        {
            await WriteStatusAsync(context, ex);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            // A server bug must still reach the client as a Status it can read, like the real 500.
            await WriteStatusAsync(context, new ApiException(500, "InternalError", $"Internal error occurred: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    private static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private async Task DispatchAsync(HttpContext context, string path)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.None);
        if (segments.Length == 1 && segments[0] is "healthz" or "livez" or "readyz")
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("ok");
            return;
        }
        if (segments[0] == "version" && segments.Length == 1)
        {
            await WriteJsonAsync(context, 200, Discovery.Version());
            return;
        }
        if (segments[0] == "api")
        {
            if (segments.Length == 1) { await WriteJsonAsync(context, 200, Discovery.ApiVersions(context)); return; }
            if (segments[1] != "v1") throw Errors.UnknownPath();
            if (segments.Length == 2) { await WriteJsonAsync(context, 200, Discovery.ResourceList(registry, "", "v1")); return; }
            await ResourceAsync(context, "", "v1", segments[2..]);
            return;
        }
        if (segments[0] == "apis")
        {
            if (segments.Length == 1) { await WriteJsonAsync(context, 200, Discovery.GroupList(registry)); return; }
            if (segments.Length == 2)
            {
                await WriteJsonAsync(context, 200, Discovery.Group(registry, segments[1]) ?? throw Errors.UnknownPath());
                return;
            }
            if (!registry.HasGroupVersion(segments[1], segments[2])) throw Errors.UnknownPath();
            if (segments.Length == 3)
            {
                await WriteJsonAsync(context, 200, Discovery.ResourceList(registry, segments[1], segments[2]));
                return;
            }
            await ResourceAsync(context, segments[1], segments[2], segments[3..]);
            return;
        }
        throw Errors.UnknownPath();
    }

    private async Task ResourceAsync(HttpContext context, string group, string version, string[] rest)
    {
        var route = Route.Parse(registry, group, version, rest) ?? throw Errors.UnknownPath();
        var method = context.Request.Method;
        var query = context.Request.Query;
        if (route.IsCollection)
        {
            switch (method)
            {
                case "GET" when IsTrue(query["watch"]):
                    await WatchAsync(context, route);
                    return;
                case "GET":
                    await ListAsync(context, route);
                    return;
                case "POST" when route.Type.Namespaced && route.Namespace is null:
                    throw Errors.MethodNotAllowed();
                case "POST":
                    await CreateAsync(context, route);
                    return;
                case "DELETE" when !(route.Type.Namespaced && route.Namespace is null):
                    await DeleteCollectionAsync(context, route);
                    return;
                default:
                    throw Errors.MethodNotAllowed();
            }
        }
        switch (method)
        {
            case "GET":
                var obj = store.Get(route.Type, route.Namespace, route.Name!) ?? throw Errors.NotFound(route.Type, route.Name!);
                await WriteJsonAsync(context, 200, ObjectStore.Present(route.Type, obj));
                return;
            case "PUT":
                await UpdateAsync(context, route);
                return;
            case "PATCH":
                await PatchAsync(context, route);
                return;
            case "DELETE" when route.Subresource is null:
                await DeleteAsync(context, route);
                return;
            default:
                throw Errors.MethodNotAllowed();
        }
    }

    private static bool IsTrue(Microsoft.Extensions.Primitives.StringValues value) =>
        value.ToString() is "true" or "1" or "True";

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // kube-apiserver caps request bodies at 3 MiB and answers with a Status, not a bare 413.
            throw new ApiException(413, "RequestEntityTooLarge", "Request entity too large: limit is 3145728");
        }
        return buffer.ToArray();
    }

    /// <summary>Decodes a create/update body like the apiserver's decoder, with its error messages.</summary>
    private static JsonObject ParseObject(byte[] body, ResourceType type)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException ex)
        {
            throw Errors.BadRequest(
                $"the object provided is unrecognized (must be of type {type.Kind}): couldn't get version/kind; json parse error: {ex.Message} ({Summary(body)})");
        }
        if (node is not JsonObject obj)
            throw Errors.BadRequest(
                $"the object provided is unrecognized (must be of type {type.Kind}): couldn't get version/kind; json parse error: json: cannot unmarshal {Kind(node)} into Go value of type struct {{ APIVersion string \"json:\\\"apiVersion,omitempty\\\"\"; Kind string \"json:\\\"kind,omitempty\\\"\" }} ({Summary(body)})");
        return obj;
    }

    private static string Kind(JsonNode? node) => node switch
    {
        JsonArray => "array",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => "string",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => "number",
        JsonValue => "bool",
        _ => "null",
    };

    private static string Summary(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length <= 30 ? text : text[..30] + " ...";
    }

    /// <summary>apiVersion/kind must name the URL's resource; built-ins default them when absent.</summary>
    private static void CheckTypeMeta(JsonObject obj, ResourceType type, string body)
    {
        var apiVersion = obj.Str("apiVersion");
        var kind = obj.Str("kind");
        if (type.IsCustom)
        {
            if (string.IsNullOrEmpty(kind)) throw Errors.BadRequest($"Object 'Kind' is missing in '{body}'");
            if (string.IsNullOrEmpty(apiVersion)) throw Errors.BadRequest($"Object 'apiVersion' is missing in '{body}'");
        }
        if (!string.IsNullOrEmpty(apiVersion) && apiVersion != type.ApiVersion)
            throw Errors.BadRequest($"the API version in the data ({apiVersion}) does not match the expected API version ({type.ApiVersion})");
        if (!string.IsNullOrEmpty(kind) && kind != type.Kind)
        {
            var version = type.Version;
            throw Errors.BadRequest(type.IsCustom
                ? $"{kind} in version \"{version}\" cannot be handled as a {type.Kind}: the kind in the data ({kind}) does not match the expected kind ({type.Kind})"
                : $"{kind} in version \"{version}\" cannot be handled as a {type.Kind}: converting (v1.{kind}) to ({type.Kind}): unknown conversion");
        }
        obj["apiVersion"] = type.ApiVersion;
        obj["kind"] = type.Kind;
    }

    private static WriteOptions ReadWriteOptions(HttpContext context, string defaultManager = "")
    {
        var query = context.Request.Query;
        var manager = query["fieldManager"].ToString();
        if (manager.Length > 128)
            throw Errors.Invalid(ResourceRegistry.Namespaces, "", Cause.TooLong("fieldManager", 128));
        if (manager.Length == 0)
        {
            // kube-apiserver names an unnamed Update manager after the client's user agent.
            var agent = context.Request.Headers.UserAgent.ToString();
            manager = defaultManager.Length > 0 ? defaultManager : agent.Length > 0 ? agent.Split('/')[0] : "unknown";
        }
        var dryRun = query["dryRun"].ToString();
        if (dryRun.Length > 0 && dryRun != "All")
            throw Errors.BadRequest($"dryRun: Unsupported value: \"{dryRun}\": supported values: \"All\"");
        var validation = query["fieldValidation"].ToString();
        if (validation.Length == 0) validation = "Warn";
        if (validation is not ("Ignore" or "Warn" or "Strict"))
            throw Errors.BadRequest($"fieldValidation: Unsupported value: \"{validation}\": supported values: \"Ignore\", \"Strict\", \"Warn\"");
        return new WriteOptions(manager, dryRun == "All", validation, IsTrue(query["force"]));
    }

    private static void CheckNamespace(JsonObject obj, Route route)
    {
        if (!route.Type.Namespaced) return;
        var ns = obj.Namespace();
        if (!string.IsNullOrEmpty(ns) && ns != route.Namespace)
            throw Errors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
    }

    private async Task CreateAsync(HttpContext context, Route route)
    {
        var body = await ReadBodyAsync(context);
        var obj = ParseObject(body, route.Type);
        CheckTypeMeta(obj, route.Type, Encoding.UTF8.GetString(body));
        CheckNamespace(obj, route);
        var options = ReadWriteOptions(context);
        await WriteResultAsync(context, store.Create(route.Type, route.Namespace, obj, options));
    }

    private async Task UpdateAsync(HttpContext context, Route route)
    {
        var body = await ReadBodyAsync(context);
        var obj = ParseObject(body, route.Type);
        CheckTypeMeta(obj, route.Type, Encoding.UTF8.GetString(body));
        var name = obj.Name();
        if (name.Length == 0)
            throw Errors.BadRequest("name is required");
        if (name != route.Name)
            throw Errors.BadRequest($"the name of the object ({name}) does not match the name on the URL ({route.Name})");
        if (route.Type.Namespaced && !string.IsNullOrEmpty(obj.Namespace()) && obj.Namespace() != route.Namespace)
            throw Errors.BadRequest($"the namespace of the object ({obj.Namespace()}) does not match the namespace on the URL ({route.Namespace})");
        var options = ReadWriteOptions(context);
        await WriteResultAsync(context, store.Update(route.Type, route.Namespace, route.Name!, route.Subresource, obj, options));
    }

    private static async Task WriteResultAsync(HttpContext context, WriteResult result)
    {
        foreach (var warning in result.Warnings)
            context.Response.Headers.Append("Warning", $"299 - \"{warning.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
        await WriteJsonAsync(context, result.Code, result.Body);
    }

    public static async Task WriteStatusAsync(HttpContext context, ApiException error)
    {
        if (context.Response.HasStarted) return;
        if (error.RetryAfterSeconds is { } retry) context.Response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await WriteJsonAsync(context, error.Code, error.ToStatus());
    }

    public static async Task WriteJsonAsync(HttpContext context, int code, JsonNode body)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        var pretty = IsTrue(context.Request.Query["pretty"]);
        await context.Response.WriteAsync(body.ToJsonString(pretty ? Indented : Compact), context.RequestAborted);
    }

    // Go writes UTF-8 text as is; the default encoder would escape every non-ASCII character.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };
}
