using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Kube.Contract.Tests;

/// <summary>
/// The least a list-then-watch consumer (an informer's reflector) must do, built on the package's plain
/// list and watch calls: list, watch from the list's resourceVersion, reconnect from the last seen
/// resourceVersion when a stream ends or is cut, and list again on 410 Gone, reporting only what changed
/// against what the consumer already saw. The package's watch does not reconnect, and this suite checks
/// the server, so the loop lives here rather than in src.
/// </summary>
public sealed class Reflector<T>(
    Func<CancellationToken, Task<(IList<T> Items, string ResourceVersion)>> list,
    Func<string, Action<Exception>, CancellationToken, IAsyncEnumerable<(WatchEventType, T)>> watch)
    where T : IKubernetesObject<V1ObjectMeta>
{
    private readonly Dictionary<string, T> _store = new(StringComparer.Ordinal);

    /// <summary>Lists done after the first one: each was forced by 410 Gone.</summary>
    public int RelistCount { get; private set; } = -1;

    /// <summary>Added/Modified/Deleted changes: the listed objects, watch events, and after a re-list the difference.</summary>
    public async IAsyncEnumerable<(WatchEventType Type, T Object)> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var (items, resourceVersion) = await list(cancellationToken);
            RelistCount++;
            foreach (var change in Difference(items))
            {
                Apply(change);
                yield return change;
            }
            var gone = false;
            while (!gone)
            {
                // The 410 arrives as a watch ERROR event (to onError) or, on some servers, as the HTTP answer.
                void OnError(Exception e) => gone |= e is KubernetesException { Status.Code: 410 };
                await using var events = watch(resourceVersion, OnError, cancellationToken).GetAsyncEnumerator(cancellationToken);
                Step step;
                while ((step = await NextAsync(events)) == Step.Event)
                {
                    var (type, obj) = events.Current;
                    resourceVersion = obj.Metadata.ResourceVersion;
                    if (type == WatchEventType.Bookmark) continue;
                    Apply((type, obj));
                    yield return (type, obj);
                }
                gone |= step == Step.Gone;
            }
        }
    }

    private enum Step { Event, End, Gone }

    // A cut stream surfaces as an I/O error; that means "reconnect", as does a clean end. Only Gone means "list again".
    private static async Task<Step> NextAsync(IAsyncEnumerator<(WatchEventType, T)> events)
    {
        try
        {
            return await events.MoveNextAsync() ? Step.Event : Step.End;
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.Gone)
        {
            return Step.Gone;
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return Step.End;
        }
    }

    private List<(WatchEventType Type, T Object)> Difference(IList<T> listed)
    {
        var listedKeys = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<(WatchEventType Type, T Object)>();
        foreach (var item in listed)
        {
            var key = KeyOf(item);
            listedKeys.Add(key);
            if (!_store.TryGetValue(key, out var known)) changes.Add((WatchEventType.Added, item));
            else if (known.Metadata.ResourceVersion != item.Metadata.ResourceVersion) changes.Add((WatchEventType.Modified, item));
        }
        var deleted = _store.Where(pair => !listedKeys.Contains(pair.Key)).Select(pair => (WatchEventType.Deleted, pair.Value));
        // resourceVersions are opaque, but etcd's and the embedded server's are one increasing integer:
        // replaying in that order keeps the consumer's view in write order.
        return [.. deleted, .. changes.OrderBy(c => ulong.Parse(c.Object.Metadata.ResourceVersion, CultureInfo.InvariantCulture))];
    }

    private void Apply((WatchEventType Type, T Object) change)
    {
        if (change.Type == WatchEventType.Deleted) _store.Remove(KeyOf(change.Object));
        else _store[KeyOf(change.Object)] = change.Object;
    }

    private static string KeyOf(T obj) => $"{obj.Metadata.NamespaceProperty}/{obj.Metadata.Name}";
}
