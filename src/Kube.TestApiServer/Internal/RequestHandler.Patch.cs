using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Kube.TestApiServer.Internal;

internal sealed partial class RequestHandler
{
    /// <summary>PATCH by content type: JSON patch, merge patch, strategic merge (built-ins, as merge), apply.</summary>
    private async Task PatchAsync(HttpContext context, Route route)
    {
        var contentType = (context.Request.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        var accepted = route.Type.IsCustom ? PatchTypesForCustom : PatchTypesForBuiltIn;
        if (!accepted.Contains(contentType)) throw Errors.UnsupportedMediaType(contentType, accepted);
        var body = await ReadBodyAsync(context);
        var isApply = contentType == "application/apply-patch+yaml";
        var options = ReadWriteOptions(context);
        if (isApply && context.Request.Query["fieldManager"].ToString().Length == 0)
            throw Errors.BadRequest("PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch");
        if (!isApply && options.Force)
            throw new ApiException(422, "Invalid", "PatchOptions.meta.k8s.io \"\" is invalid: force: Forbidden: may not be specified for non-apply patch");
        WriteResult result;
        if (isApply)
        {
            var intent = ParseApplyBody(body);
            CheckTypeMeta(intent, route.Type, Encoding.UTF8.GetString(body));
            if (intent.Name() != route.Name)
                throw Errors.BadRequest($"the name of the object ({intent.Name()}) does not match the name on the URL ({route.Name})");
            CheckNamespace(intent, route);
            result = store.Apply(route.Type, route.Namespace, route.Name!, route.Subresource, intent, options);
        }
        else
        {
            JsonNode? patch;
            try
            {
                patch = JsonNode.Parse(body);
            }
            catch (JsonException ex)
            {
                throw Errors.BadRequest($"error decoding patch: {ex.Message}");
            }
            Func<JsonObject, JsonObject> apply = contentType switch
            {
                "application/json-patch+json" => patch is JsonArray ops
                    ? current => RunJsonPatch(current, ops)
                    : throw Errors.BadRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch"),
                _ => patch is JsonObject mergeObject
                    ? current => MergePatch.Apply(current, mergeObject) as JsonObject ?? throw Errors.BadRequest("merge patch must be an object")
                    : throw Errors.BadRequest("error decoding patch: json: cannot unmarshal non-object into Go value of type map[string]interface {}"),
            };
            result = store.Patch(route.Type, route.Namespace, route.Name!, route.Subresource, current =>
            {
                var patched = apply(current);
                // A patch may not move the object to another kind or version.
                if (patched.Str("apiVersion") is { } av && av != current.Str("apiVersion") && av != route.Type.ApiVersion)
                    throw Errors.BadRequest($"the API version in the data ({av}) does not match the expected API version ({route.Type.ApiVersion})");
                if (patched.Str("kind") is { } kind && kind != route.Type.Kind)
                    throw Errors.BadRequest($"{kind} in version \"{route.Type.Version}\" cannot be handled as a {route.Type.Kind}");
                return patched;
            }, options);
        }
        await WriteResultAsync(context, result);
    }

    private static JsonObject RunJsonPatch(JsonObject current, JsonArray ops)
    {
        try
        {
            return JsonPatch.Apply(current, ops);
        }
        catch (FormatException ex)
        {
            throw Errors.BadRequest(ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            // kube-apiserver answers a JSON patch operation that cannot apply with 422 Invalid.
            throw new ApiException(422, "Invalid", $"the server rejected our request due to an error in our request: {ex.Message}");
        }
    }

    private static JsonObject ParseApplyBody(byte[] body)
    {
        try
        {
            var text = Encoding.UTF8.GetString(body);
            var node = text.TrimStart().StartsWith('{') ? JsonNode.Parse(text) : YamlJson.Parse(text);
            return node as JsonObject ?? throw Errors.BadRequest("error decoding YAML: the apply body must be an object");
        }
        catch (Exception ex) when (ex is JsonException or YamlDotNet.Core.YamlException or FormatException)
        {
            throw Errors.BadRequest($"error decoding YAML: {ex.Message}");
        }
    }

    private async Task DeleteAsync(HttpContext context, Route route)
    {
        var options = await ReadDeleteOptionsAsync(context);
        await WriteResultAsync(context, store.Delete(route.Type, route.Namespace, route.Name!, options));
    }

    /// <summary>DeleteOptions from the query (propagationPolicy, dryRun, orphanDependents) and/or the body.</summary>
    private static async Task<DeleteOptions> ReadDeleteOptionsAsync(HttpContext context)
    {
        var query = context.Request.Query;
        string? policy = query["propagationPolicy"].ToString() is { Length: > 0 } p ? p : null;
        if (policy is null && query["orphanDependents"].ToString() is { Length: > 0 } orphan)
            policy = orphan == "true" ? "Orphan" : "Background";
        var dryRun = query["dryRun"].ToString() == "All";
        string? uid = null, rv = null;
        var body = await ReadBodyAsync(context);
        if (body.Length > 0)
        {
            JsonObject options;
            try
            {
                options = JsonNode.Parse(body) as JsonObject ?? throw Errors.BadRequest("DeleteOptions must be an object");
            }
            catch (JsonException ex)
            {
                throw Errors.BadRequest($"the object provided is unrecognized (must be of type DeleteOptions): couldn't get version/kind; json parse error: {ex.Message}");
            }
            policy = options.Str("propagationPolicy") ?? policy;
            if (policy is null && options["orphanDependents"] is JsonValue o && o.TryGetValue<bool>(out var orphanBool))
                policy = orphanBool ? "Orphan" : "Background";
            if (options["preconditions"] is JsonObject pre)
            {
                uid = pre.Str("uid");
                rv = pre.Str("resourceVersion");
            }
            if (options["dryRun"] is JsonArray dry && dry.Any(d => d?.GetValue<string>() == "All")) dryRun = true;
        }
        return new DeleteOptions(policy, uid, rv, dryRun);
    }
}
