using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Kube.TestApiServer.Internal;

internal sealed partial class RequestHandler
{
    private const int WatchBatch = 256;

    /// <summary>
    /// WATCH: newline-delimited JSON events, flushed per batch. Each watcher keeps only a cursor into
    /// the shared change log (no per-watcher history), so memory per watch is constant.
    /// </summary>
    private async Task WatchAsync(HttpContext context, Route route)
    {
        var query = context.Request.Query;
        var type = route.Type;
        var labels = LabelSelector.Parse(query["labelSelector"]);
        var fields = FieldSelector.Parse(query["fieldSelector"], type);
        var bookmarks = IsTrue(query["allowWatchBookmarks"]);
        var sendInitial = query["sendInitialEvents"].ToString();
        var rvText = query["resourceVersion"].ToString();
        var timeout = options.DefaultWatchTimeout;
        if (query["timeoutSeconds"].ToString() is { Length: > 0 } ts)
        {
            if (!long.TryParse(ts, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                throw Errors.BadRequest($"timeoutSeconds: Invalid value: \"{ts}\": must be a non-negative integer");
            if (seconds > 0) timeout = TimeSpan.FromSeconds(seconds);
        }
        var streamingList = IsTrue(sendInitial);
        if (sendInitial.Length > 0)
        {
            if (query["resourceVersionMatch"].ToString() != "NotOlderThan")
                throw new ApiException(422, "Invalid",
                    "ListOptions.meta.k8s.io \"\" is invalid: resourceVersionMatch: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan");
            if (streamingList && !bookmarks)
                throw new ApiException(422, "Invalid",
                    "ListOptions.meta.k8s.io \"\" is invalid: allowWatchBookmarks: Forbidden: sendInitialEvents requires setting allowWatchBookmarks to true");
        }

        long cursor;
        List<JsonObject>? initial = null;
        if (streamingList || rvText.Length == 0 || rvText == "0")
        {
            // "Get state and start at most recent": synthetic ADDED for what exists now.
            var (items, rv) = store.Snapshot(type, route.Namespace);
            initial = items;
            cursor = rv;
            if (streamingList && rvText.Length > 0 && rvText != "0" && ParseRv(rvText) > rv) cursor = ParseRv(rvText);
        }
        else
        {
            cursor = ParseRv(rvText);
            await EnsureReachedAsync(cursor, context.RequestAborted);
        }

        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "application/json";
        response.Headers.CacheControl = "no-cache, private";
        await response.StartAsync(context.RequestAborted);
        // Kestrel holds the headers until the first flush; a watch must answer 200 before any event.
        await response.Body.FlushAsync(context.RequestAborted);

        using var deadline = new CancellationTokenSource(timeout, options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, context.RequestAborted);
        var cut = faults.WatchCutToken;
        using var onCut = cut.Register(context.Abort);
        var text = new StringBuilder();
        try
        {
            if (initial is not null)
            {
                foreach (var obj in initial)
                    if (labels.Matches(obj.Labels()) && fields.Matches(obj))
                        AppendEvent(text, "ADDED", Present(type, obj).ToJsonString());
                if (streamingList) AppendBookmark(text, type, cursor, initialEventsEnd: true);
                await FlushAsync(response, text, linked.Token);
            }
            var batch = new List<WatchEvent>(WatchBatch);
            var lastSent = options.TimeProvider.GetTimestamp();
            while (!linked.IsCancellationRequested)
            {
                batch.Clear();
                var (next, expired, oldest, changed) = store.ReadEvents(cursor, WatchBatch, batch);
                if (expired)
                {
                    var gone = Errors.Expired($"too old resource version: {cursor} ({oldest})").ToStatus();
                    AppendEvent(text, "ERROR", gone.ToJsonString());
                    await FlushAsync(response, text, linked.Token);
                    return;
                }
                foreach (var e in batch)
                    if (e.StorageKey == type.StorageKey && (route.Namespace is null || e.Namespace == route.Namespace))
                        Translate(text, e, type, labels, fields);
                cursor = next;
                if (text.Length > 0)
                {
                    await FlushAsync(response, text, linked.Token);
                    lastSent = options.TimeProvider.GetTimestamp();
                    continue;
                }
                if (batch.Count > 0) continue;
                // Caught up: wait for the next commit, the bookmark interval, the deadline or a cut.
                var idle = options.TimeProvider.GetElapsedTime(lastSent);
                var wait = bookmarks ? options.BookmarkInterval - idle : Timeout.InfiniteTimeSpan;
                if (bookmarks && wait <= TimeSpan.Zero)
                {
                    AppendBookmark(text, type, cursor, initialEventsEnd: false);
                    await FlushAsync(response, text, linked.Token);
                    lastSent = options.TimeProvider.GetTimestamp();
                    continue;
                }
                try
                {
                    await changed.WaitAsync(wait, options.TimeProvider, linked.Token);
                }
                catch (TimeoutException)
                {
                    // Bookmark interval elapsed; the loop sends one.
                }
            }
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested || cut.IsCancellationRequested)
        {
        }
        if (deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested && bookmarks)
        {
            // A last bookmark before a clean timeout lets the client resume without a gap.
            AppendBookmark(text, type, cursor, initialEventsEnd: false);
            await FlushAsync(response, text, CancellationToken.None);
        }
    }

    /// <summary>A version from the future: wait about 3 s for it, then 504 like kube-apiserver.</summary>
    private async Task EnsureReachedAsync(long resourceVersion, CancellationToken cancellationToken)
    {
        if (!await store.WaitForResourceVersionAsync(resourceVersion, ResourceVersionWait, cancellationToken))
            throw Errors.ResourceVersionTooLarge(resourceVersion, store.CurrentResourceVersion);
    }

    private static readonly TimeSpan ResourceVersionWait = TimeSpan.FromSeconds(3);

    private static long ParseRv(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var rv)
            ? rv
            : throw Errors.BadRequest($"invalid resource version \"{text}\"");

    /// <summary>Selector transitions: leaving the selection is DELETED, entering it is ADDED.</summary>
    private static void Translate(StringBuilder text, WatchEvent e, ResourceType type, LabelSelector labels, FieldSelector fields)
    {
        bool Matches(JsonObject? o) => o is not null && labels.Matches(o.Labels()) && fields.Matches(o);
        var filtered = !labels.IsEmpty || !fields.IsEmpty;
        switch (e.Type)
        {
            case "ADDED":
                if (Matches(e.Object)) AppendEvent(text, "ADDED", Render(e, type));
                break;
            case "DELETED":
                if (!filtered || Matches(e.Object) || Matches(e.Previous)) AppendEvent(text, "DELETED", Render(e, type));
                break;
            default:
                if (!filtered) AppendEvent(text, e.Type, Render(e, type));
                else
                {
                    var now = Matches(e.Object);
                    var before = Matches(e.Previous);
                    if (now && before) AppendEvent(text, "MODIFIED", Render(e, type));
                    else if (now) AppendEvent(text, "ADDED", Render(e, type));
                    else if (before)
                    {
                        // The previous state, stamped with this change's version (as the watch cache does).
                        var last = e.Previous!.DeepClone().AsObject();
                        last.Metadata()["resourceVersion"] = e.ResourceVersion.ToString(CultureInfo.InvariantCulture);
                        AppendEvent(text, "DELETED", Present(type, last).ToJsonString());
                    }
                }
                break;
        }
    }

    private static string Render(WatchEvent e, ResourceType type) =>
        e.Object.Str("apiVersion") == type.ApiVersion ? e.ObjectJson : ObjectStore.Present(type, e.Object).ToJsonString();

    private static JsonObject Present(ResourceType type, JsonObject obj) => ObjectStore.Present(type, obj);

    private static void AppendEvent(StringBuilder text, string type, string objectJson) =>
        text.Append("{\"type\":\"").Append(type).Append("\",\"object\":").Append(objectJson).Append("}\n");

    private static void AppendBookmark(StringBuilder text, ResourceType type, long rv, bool initialEventsEnd)
    {
        var meta = new JsonObject { ["resourceVersion"] = rv.ToString(CultureInfo.InvariantCulture) };
        if (initialEventsEnd) meta["annotations"] = new JsonObject { ["k8s.io/initial-events-end"] = "true" };
        var obj = new JsonObject { ["kind"] = type.Kind, ["apiVersion"] = type.ApiVersion, ["metadata"] = meta };
        AppendEvent(text, "BOOKMARK", obj.ToJsonString());
    }

    private static async Task FlushAsync(HttpResponse response, StringBuilder text, CancellationToken cancellationToken)
    {
        if (text.Length == 0) return;
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        text.Clear();
        await response.Body.WriteAsync(bytes, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
