using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Kube.TestApiServer.Internal;

internal sealed partial class RequestHandler
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>LIST with selectors and limit/continue paging; metadata.resourceVersion is the list's version.</summary>
    private async Task ListAsync(HttpContext context, Route route)
    {
        var query = context.Request.Query;
        var labels = LabelSelector.Parse(query["labelSelector"]);
        var fields = FieldSelector.Parse(query["fieldSelector"], route.Type);
        var limit = ParseLimit(query["limit"].ToString());
        var continueToken = query["continue"].ToString();
        var resourceVersion = query["resourceVersion"].ToString();
        var match = query["resourceVersionMatch"].ToString();
        if (match.Length > 0)
        {
            if (match is not ("NotOlderThan" or "Exact"))
                throw Errors.BadRequest($"resourceVersionMatch: Unsupported value: \"{match}\": supported values: \"Exact\", \"NotOlderThan\"");
            if (resourceVersion.Length == 0)
                throw Errors.BadRequest("resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided");
        }
        if (continueToken.Length > 0 && resourceVersion.Length > 0 && resourceVersion != "0")
            throw Errors.BadRequest("specifying resource version is not allowed when using continue");
        if (resourceVersion.Length > 0 && !long.TryParse(resourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            throw Errors.BadRequest($"invalid resource version \"{resourceVersion}\"");

        if (continueToken.Length > 0)
        {
            var (snapshotRv, afterKey) = ContinueToken.Decode(continueToken);
            // Pages after the first come from the first page's snapshot; once history has moved past
            // it, the token has expired (etcd compaction), exactly as kube-apiserver answers.
            var page = store.ListAt(route.Type, route.Namespace, labels, fields, limit, afterKey, snapshotRv)
                ?? throw Errors.Expired("The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.");
            var nextToken = page.NextKey is null ? null : ContinueToken.Encode(snapshotRv, page.NextKey);
            await WriteListAsync(context, route.Type, page.Items, snapshotRv, nextToken);
            return;
        }
        if (match == "Exact" || (limit > 0 && resourceVersion is { Length: > 0 } and not "0"))
        {
            // Exact reads of an older version than we retain are gone (etcd compaction).
            var requested = long.Parse(resourceVersion, CultureInfo.InvariantCulture);
            if (requested < store.CompactedThrough)
                throw Errors.Expired($"too old resource version: {requested} ({store.CompactedThrough + 1})");
        }

        if (resourceVersion is { Length: > 0 } and not "0")
            await EnsureReachedAsync(long.Parse(resourceVersion, CultureInfo.InvariantCulture), context.RequestAborted);
        if (match == "Exact" || (match.Length == 0 && limit > 0 && resourceVersion is { Length: > 0 } and not "0"))
        {
            // An exact read (explicit, or the first page of a limited list at N) is the snapshot at N,
            // and so are the pages continuing it.
            var asOf = long.Parse(resourceVersion, CultureInfo.InvariantCulture);
            var exact = store.ListAt(route.Type, route.Namespace, labels, fields, limit, null, asOf)
                ?? throw Errors.Expired($"too old resource version: {asOf} ({store.CompactedThrough + 1})");
            var exactToken = exact.NextKey is null ? null : ContinueToken.Encode(asOf, exact.NextKey);
            await WriteListAsync(context, route.Type, exact.Items, asOf, exactToken);
            return;
        }
        var (items, rv, nextKey) = store.List(route.Type, route.Namespace, labels, fields, limit, null);
        string? next = nextKey is null ? null : ContinueToken.Encode(rv, nextKey);
        await WriteListAsync(context, route.Type, items, rv, next);
    }

    private static int ParseLimit(string text)
    {
        if (text.Length == 0) return 0;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
            throw Errors.BadRequest($"limit: Invalid value: \"{text}\": must be a non-negative integer");
        return limit;
    }

    /// <summary>Streams the list body without building one big tree: stored items are shared, not copied.</summary>
    private static async Task WriteListAsync(HttpContext context, ResourceType type, List<JsonObject> items, long rv, string? continueToken)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", type.ListKind);
            writer.WriteString("apiVersion", type.ApiVersion);
            writer.WriteStartObject("metadata");
            writer.WriteString("resourceVersion", rv.ToString(CultureInfo.InvariantCulture));
            if (continueToken is not null) writer.WriteString("continue", continueToken);
            writer.WriteEndObject();
            writer.WriteStartArray("items");
            foreach (var item in items)
            {
                // Built-in typed lists omit apiVersion/kind per item; custom resource lists keep them.
                writer.WriteStartObject();
                if (type.IsCustom)
                {
                    writer.WriteString("apiVersion", type.ApiVersion);
                    writer.WriteString("kind", type.Kind);
                }
                foreach (var (key, value) in item)
                {
                    if (key is "apiVersion" or "kind") continue;
                    writer.WritePropertyName(key);
                    if (value is null) writer.WriteNullValue();
                    else value.WriteTo(writer);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    /// <summary>deletecollection: deletes every matching object (each through the normal delete path).</summary>
    private async Task DeleteCollectionAsync(HttpContext context, Route route)
    {
        var query = context.Request.Query;
        var labels = LabelSelector.Parse(query["labelSelector"]);
        var fields = FieldSelector.Parse(query["fieldSelector"], route.Type);
        var options = await ReadDeleteOptionsAsync(context);
        var (items, rv, _) = store.List(route.Type, route.Namespace, labels, fields, 0, null);
        var deleted = new List<JsonObject>();
        foreach (var item in items)
        {
            try
            {
                store.Delete(route.Type, route.Namespace, item.Name(), options with { PreconditionUid = null, PreconditionResourceVersion = null });
                deleted.Add(item);
            }
            catch (ApiException ex) when (ex.Code == 404)
            {
                // Deleted meanwhile (e.g. by GC of an earlier item): nothing left to do.
            }
        }
        await WriteListAsync(context, route.Type, deleted, store.CurrentResourceVersion, null);
        _ = rv;
    }
}
