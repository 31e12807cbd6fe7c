using System.Globalization;
using Kube.Client.Models;

namespace Kube.Client.KubernetesClient;

/// <summary>
/// What a re-list means for a consumer that has seen <c>known</c>: Deleted for vanished objects, Added
/// for new ones, Modified for those whose resourceVersion changed; unchanged objects produce nothing.
/// </summary>
internal static class ListWatchDiff
{
    public static IReadOnlyList<WatchEvent<TEntity>> Compute<TEntity>(IReadOnlyDictionary<string, TEntity> known,
        IEnumerable<TEntity> listed, Func<TEntity, string> keyOf)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<WatchEvent<TEntity>>();
        foreach (var item in listed)
        {
            var key = keyOf(item);
            seen.Add(key);
            var version = item.Metadata.ResourceVersion;
            if (!known.TryGetValue(key, out var old))
                changes.Add(new WatchEvent<TEntity>(WatchEventType.Added, item, version));
            else if (old.Metadata.ResourceVersion != version)
                changes.Add(new WatchEvent<TEntity>(WatchEventType.Modified, item, version));
        }
        var deletions = known.Where(pair => !seen.Contains(pair.Key))
            .Select(pair => new WatchEvent<TEntity>(WatchEventType.Deleted, pair.Value, pair.Value.Metadata.ResourceVersion));
        return [.. deletions, .. InWriteOrder(changes)];
    }

    // resourceVersions are opaque, but every server we know (etcd, the embedded one) uses one increasing
    // integer; when all are integers, replay changes in write order, otherwise keep the list's order.
    private static IEnumerable<WatchEvent<TEntity>> InWriteOrder<TEntity>(List<WatchEvent<TEntity>> changes)
    {
        var numbers = changes.Select(c => ulong.TryParse(c.ResourceVersion, NumberStyles.None, CultureInfo.InvariantCulture,
            out var n) ? n : (ulong?)null).ToList();
        return numbers.All(n => n.HasValue)
            ? changes.Zip(numbers).OrderBy(p => p.Second!.Value).Select(p => p.First)
            : changes;
    }
}
