using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Kube.Client.Autorest;

namespace Kube.Client.Http;

internal sealed partial class ResourceOperations
{
    private static readonly TimeSpan MinHealthyConnection = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Watches and resumes by itself: when the server ends the stream (timeout) or the connection breaks,
    /// it reconnects from the last resourceVersion seen (event or bookmark). A 410 Gone, as an HTTP answer
    /// or an ERROR event, ends the stream with <see cref="GoneException"/>: only a re-list can continue.
    /// </summary>
    public async IAsyncEnumerable<WatchEvent<T>> WatchAsync<T>(ResourceType type, string? ns, WatchOptions options,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var resourceVersion = options.ResourceVersion;
        var quickFailures = 0;
        var time = connection.Options.TimeProvider;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var timeoutSeconds = options.TimeoutSeconds ?? Random.Shared.Next(300, 600);
            var path = ResourcePath.WithQuery(ResourcePath.Collection(type, ns),
                ("watch", "true"), ("resourceVersion", resourceVersion),
                ("allowWatchBookmarks", options.AllowWatchBookmarks ? "true" : null),
                ("labelSelector", options.LabelSelector), ("fieldSelector", options.FieldSelector),
                ("timeoutSeconds", timeoutSeconds.ToString(CultureInfo.InvariantCulture)));
            var started = time.GetTimestamp();
            var sawEvent = false;
            using (var response = await connection.SendAsync(HttpMethod.Get, path, null, retryable: true, streaming: true, ct))
            using (var reader = new WatchLineReader(await response.Content.ReadAsStreamAsync(ct)))
            {
                while (await ReadLineOrEndAsync(reader, ct) is { } line)
                {
                    if (line.Length == 0) continue;
                    var (eventType, element, eventVersion) = WatchEventParser.Parse(line);
                    if (eventType == WatchEventType.Error)
                    {
                        var status = WatchEventParser.ParseStatus(element);
                        var code = (System.Net.HttpStatusCode)(status.Code ?? 500);
                        if (!WatchEventParser.IsExpired(status) && RetryClassifier.IsTransient(code)) break;
                        throw KubernetesErrors.FromStatus(WatchEventParser.IsExpired(status) ? System.Net.HttpStatusCode.Gone : code,
                            line, status, null, "WATCH", path);
                    }
                    sawEvent = true;
                    quickFailures = 0;
                    if (eventVersion is not null) resourceVersion = eventVersion;
                    if (eventType == WatchEventType.Bookmark && !options.YieldBookmarks) continue;
                    var entity = element.Deserialize<T>(KubernetesJson.Options)
                        ?? throw new Exceptions.KubernetesClientException($"Watch event object was null: {line}");
                    yield return new WatchEvent<T>(eventType, entity, eventVersion);
                }
            }
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

    private static async Task<string?> ReadLineOrEndAsync(WatchLineReader reader, CancellationToken ct)
    {
        try
        {
            return await reader.ReadLineAsync(ct);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !ct.IsCancellationRequested)
        {
            Debug.WriteLine($"Watch stream broke, resuming: {ex.Message}");
            return null; // a cut connection is resumed like a server-side timeout
        }
    }
}
