using k8s;
using k8s.Models;

namespace Kube.Operator.Informer;

/// <summary>
/// What a fresh list means for a cache that may have missed events (after 410 Gone or a broken watch):
/// Deleted for cached objects the list lacks, Added for listed objects the cache lacks, Updated for those
/// whose resourceVersion differs. Unchanged objects produce nothing, so nothing is delivered twice.
/// </summary>
public static class RelistDiff
{
    /// <summary>Compares the cache with a list.</summary>
    /// <typeparam name="TEntity">The object type.</typeparam>
    /// <param name="cached">The cache before the list, by key.</param>
    /// <param name="listed">The list's items.</param>
    /// <returns>Deletions first, then additions and updates in list order.</returns>
    public static IReadOnlyList<InformerEvent<TEntity>> Compute<TEntity>(IReadOnlyDictionary<ObjectKey, TEntity> cached,
        IEnumerable<TEntity> listed)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(cached);
        ArgumentNullException.ThrowIfNull(listed);
        var seen = new HashSet<ObjectKey>();
        var changes = new List<InformerEvent<TEntity>>();
        foreach (var item in listed)
        {
            var key = ObjectKey.Of(item);
            seen.Add(key);
            if (!cached.TryGetValue(key, out var old))
                changes.Add(new InformerEvent<TEntity>(InformerEventType.Added, item, default));
            else if (old.Metadata.ResourceVersion != item.Metadata.ResourceVersion)
                changes.Add(new InformerEvent<TEntity>(InformerEventType.Updated, item, old));
        }
        var deletions = cached.Where(pair => !seen.Contains(pair.Key))
            .Select(pair => new InformerEvent<TEntity>(InformerEventType.Deleted, pair.Value, default));
        return [.. deletions, .. changes];
    }
}
