using System.Runtime.CompilerServices;
using Kube.Client.Autorest;
using Kube.Client.Models;

namespace Kube.Client.KubernetesClient;

/// <summary>
/// The informer's reflector: list, then watch from the list's resourceVersion; on 410 Gone list again
/// and report only what changed against what the consumer has already seen. The consumer sees each
/// object state once; changes to one object that happen while no watch is open collapse into its
/// newest state (as with any informer).
/// </summary>
/// <typeparam name="TEntity">The model type.</typeparam>
public sealed class ListWatch<TEntity> where TEntity : IKubernetesObject<V1ObjectMeta>
{
    private readonly IKubernetesClient _client;
    private readonly string? _namespace;
    private readonly ListOptions _listOptions;
    private readonly Dictionary<string, TEntity> _store = new(StringComparer.Ordinal);

    /// <summary>Creates the list-watch; nothing is requested until <see cref="RunAsync"/> is enumerated.</summary>
    /// <param name="client">The client (a <see cref="KubernetesClient"/>).</param>
    /// <param name="namespace">The namespace; null for all namespaces or cluster-scoped kinds.</param>
    /// <param name="labelSelector">Optional label selector.</param>
    /// <param name="fieldSelector">Optional field selector.</param>
    public ListWatch(IKubernetesClient client, string? @namespace = null, string? labelSelector = null,
        string? fieldSelector = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _namespace = @namespace;
        _listOptions = new ListOptions { LabelSelector = labelSelector, FieldSelector = fieldSelector };
    }

    /// <summary>Lists done so far: 1 after the first list, +1 for each re-list after 410 Gone.</summary>
    public int ListCount { get; private set; }

    /// <summary>Re-lists forced by 410 Gone.</summary>
    public int RelistCount => Math.Max(0, ListCount - 1);

    /// <summary>The resume point: the last list's, event's or bookmark's resourceVersion.</summary>
    public string? ResourceVersion { get; private set; }

    /// <summary>The objects as last seen, keyed <c>namespace/name</c>; read it from the consuming loop only.</summary>
    public IReadOnlyDictionary<string, TEntity> Store => _store;

    /// <summary>Page size of the lists. Default <see cref="KubernetesClientExtensions.DefaultPageSize"/>.</summary>
    public int PageSize { get; init; } = KubernetesClientExtensions.DefaultPageSize;

    /// <summary>Server-side duration of each watch connection; null lets the watch pick 5–10 minutes.</summary>
    public int? WatchTimeoutSeconds { get; init; }

    /// <summary>
    /// Yields Added/Modified/Deleted events: first the listed objects (as Added), then watch events; after a
    /// re-list, the difference to <see cref="Store"/>. Bookmarks only move <see cref="ResourceVersion"/>.
    /// </summary>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>The events.</returns>
    public async IAsyncEnumerable<WatchEvent<TEntity>> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var list = await ListAsync(cancellationToken);
            ListCount++;
            ResourceVersion = list.Metadata.ResourceVersion;
            foreach (var change in ListWatchDiff.Compute(_store, list.Items, KeyOf))
            {
                Apply(change);
                yield return change;
            }
            var watch = _client.WatchEventsAsync<TEntity>(_namespace, new WatchOptions
            {
                ResourceVersion = ResourceVersion,
                LabelSelector = _listOptions.LabelSelector,
                FieldSelector = _listOptions.FieldSelector,
                AllowWatchBookmarks = true,
                YieldBookmarks = true,
                TimeoutSeconds = WatchTimeoutSeconds,
            }, cancellationToken);
            await using var events = watch.GetAsyncEnumerator(cancellationToken);
            while (await NextOrGoneAsync(events) is { } change)
            {
                ResourceVersion = change.ResourceVersion ?? ResourceVersion;
                if (change.Type == WatchEventType.Bookmark) continue;
                Apply(change);
                yield return change;
            }
        }
    }

    // Gone is the one watch failure that is ours to handle: it means "list again".
    private static async Task<WatchEvent<TEntity>?> NextOrGoneAsync(IAsyncEnumerator<WatchEvent<TEntity>> events)
    {
        try
        {
            return await events.MoveNextAsync() ? events.Current : null;
        }
        catch (GoneException)
        {
            return null;
        }
    }

    private async Task<EntityList<TEntity>> ListAsync(CancellationToken cancellationToken)
    {
        var options = new ListOptions
        {
            LabelSelector = _listOptions.LabelSelector,
            FieldSelector = _listOptions.FieldSelector,
            Limit = PageSize,
        };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await _client.ListAllAsync<TEntity>(_namespace, options, cancellationToken);
            }
            catch (GoneException) when (attempt < 3)
            {
                // The continue token expired between pages: start the snapshot over.
            }
        }
    }

    private void Apply(WatchEvent<TEntity> change)
    {
        var key = KeyOf(change.Entity);
        if (change.Type == WatchEventType.Deleted) _store.Remove(key);
        else _store[key] = change.Entity;
    }

    private static string KeyOf(TEntity entity) => $"{entity.Metadata.NamespaceProperty}/{entity.Metadata.Name}";
}
