using System.Runtime.CompilerServices;
using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Kube.Operator.Client;

internal static partial class ResourceRequests
{
    private static readonly TimeSpan MinHealthyConnection = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// What the package's watch lacks: it resumes. When the server ends the stream (timeout), the connection
    /// breaks or an ERROR event carries a transient code, it reconnects from the last resourceVersion seen
    /// (event or bookmark). A 410 Gone, as an HTTP answer or an ERROR event (which the package only reports
    /// to a callback), ends the stream with an <see cref="HttpOperationException"/> that
    /// <see cref="KubernetesErrors.IsGone"/>: only a re-list can continue.
    /// </summary>
    public static async IAsyncEnumerable<WatchEvent<T>> WatchAsync<T>(IKubernetes api, string? ns, WatchOptions options,
        TimeProvider time, [EnumeratorCancellation] CancellationToken ct)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        var m = EntityMetadata.Of<T>();
        var resourceVersion = options.ResourceVersion;
        var quickFailures = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var timeoutSeconds = options.TimeoutSeconds ?? Random.Shared.Next(300, 600);
            var started = time.GetTimestamp();
            var sawEvent = false;
            V1Status? error = null;
            void OnError(Exception ex)
            {
                if (ex is KubernetesException { Status: { } status }) error ??= status;
            }
            var events = ns is null
                ? api.CustomObjects.WatchListClusterCustomObjectAsync(m.Group, m.Version, m.Plural,
                    allowWatchBookmarks: options.AllowWatchBookmarks ? true : null, fieldSelector: options.FieldSelector,
                    labelSelector: options.LabelSelector, resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds,
                    onError: OnError, cancellationToken: ct)
                : api.CustomObjects.WatchListNamespacedCustomObjectAsync(m.Group, m.Version, ns, m.Plural,
                    allowWatchBookmarks: options.AllowWatchBookmarks ? true : null, fieldSelector: options.FieldSelector,
                    labelSelector: options.LabelSelector, resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds,
                    onError: OnError, cancellationToken: ct);
            await using (var enumerator = events.GetAsyncEnumerator(ct))
            {
                while (error is null && await MoveNextOrEndAsync(enumerator, ct))
                {
                    var (type, item) = enumerator.Current;
                    if (item is not JsonElement element) continue;
                    var entity = KubernetesJson.Deserialize<T>(element.GetRawText());
                    var eventVersion = entity.Metadata?.ResourceVersion;
                    sawEvent = true;
                    quickFailures = 0;
                    if (eventVersion is { Length: > 0 }) resourceVersion = eventVersion;
                    if (type == WatchEventType.Bookmark && !options.YieldBookmarks) continue;
                    yield return new WatchEvent<T>(type, entity, eventVersion);
                }
            }
            if (error is not null && (IsExpired(error) || !IsTransient(error.Code)))
                throw KubernetesErrors.FromStatus(IsExpired(error) ? WithCode(error, 410) : error, $"WATCH {m.Plural}");
            // The stream ended: a server timeout, a cut connection or a transient ERROR. Reconnect from the
            // last resourceVersion; back off only when connections keep ending at once without progress.
            if (!sawEvent && time.GetElapsedTime(started) < MinHealthyConnection)
            {
                quickFailures++;
                var delay = TimeSpan.FromMilliseconds(Math.Min(MaxReconnectDelay.TotalMilliseconds,
                    50 * Math.Pow(2, quickFailures) * (0.5 + Random.Shared.NextDouble())));
                await Task.Delay(delay, time, ct);
            }
        }
    }

    private static async Task<bool> MoveNextOrEndAsync<TItem>(IAsyncEnumerator<TItem> enumerator, CancellationToken ct)
    {
        try
        {
            return await enumerator.MoveNextAsync();
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !ct.IsCancellationRequested)
        {
            return false; // a cut connection is resumed like a server-side timeout
        }
    }

    private static bool IsExpired(V1Status status) => status.Code == 410 || status.Reason is "Expired" or "Gone";

    private static bool IsTransient(int? code) => code is 429 or 500 or 502 or 503 or 504;

    private static V1Status WithCode(V1Status status, int code)
    {
        status.Code = code;
        return status;
    }
}
