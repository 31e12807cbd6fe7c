using k8s;
using k8s.Models;

namespace Kube.Operator.Informer;

/// <summary>
/// The informer's local copy of the watched objects, safe to read from any thread, with the two indexes
/// controllers need: by namespace and by owner uid. Objects are shared: treat them as read-only.
/// </summary>
/// <typeparam name="TEntity">The object type.</typeparam>
public sealed class InformerCache<TEntity>
    where TEntity : IKubernetesObject<V1ObjectMeta>
{
    private readonly object _gate = new();
    private readonly Dictionary<ObjectKey, TEntity> _items = [];
    private readonly Dictionary<string, HashSet<ObjectKey>> _byNamespace = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<ObjectKey>> _byOwner = new(StringComparer.Ordinal);

    /// <summary>Number of cached objects.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _items.Count;
        }
    }

    /// <summary>The cached object with this key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="entity">The object, when cached.</param>
    /// <returns>True when cached.</returns>
    public bool TryGet(ObjectKey key, out TEntity entity)
    {
        lock (_gate) return _items.TryGetValue(key, out entity!);
    }

    /// <summary>A snapshot of every cached object.</summary>
    /// <returns>The objects.</returns>
    public IReadOnlyList<TEntity> List()
    {
        lock (_gate) return [.. _items.Values];
    }

    /// <summary>A snapshot keyed by object key.</summary>
    /// <returns>The objects by key.</returns>
    public IReadOnlyDictionary<ObjectKey, TEntity> Snapshot()
    {
        lock (_gate) return new Dictionary<ObjectKey, TEntity>(_items);
    }

    /// <summary>The cached objects of one namespace (index lookup).</summary>
    /// <param name="namespace">The namespace.</param>
    /// <returns>The objects.</returns>
    public IReadOnlyList<TEntity> ByNamespace(string @namespace) => Lookup(_byNamespace, @namespace);

    /// <summary>The cached objects that name <paramref name="ownerUid"/> in their ownerReferences (index lookup).</summary>
    /// <param name="ownerUid">The owner's uid.</param>
    /// <returns>The dependents.</returns>
    public IReadOnlyList<TEntity> ByOwnerUid(string ownerUid) => Lookup(_byOwner, ownerUid);

    /// <summary>Stores or replaces an object.</summary>
    /// <param name="entity">The object.</param>
    /// <returns>The object it replaced, if any.</returns>
    internal TEntity? Upsert(TEntity entity)
    {
        var key = ObjectKey.Of(entity);
        lock (_gate)
        {
            _items.TryGetValue(key, out var old);
            if (old is not null) Unindex(key, old);
            _items[key] = entity;
            Index(key, entity);
            return old;
        }
    }

    /// <summary>Removes an object.</summary>
    /// <param name="key">Its key.</param>
    /// <returns>The removed object, if it was cached.</returns>
    internal TEntity? Remove(ObjectKey key)
    {
        lock (_gate)
        {
            if (!_items.Remove(key, out var old)) return default;
            Unindex(key, old);
            return old;
        }
    }

    private IReadOnlyList<TEntity> Lookup(Dictionary<string, HashSet<ObjectKey>> index, string value)
    {
        lock (_gate)
        {
            return index.TryGetValue(value, out var keys) ? [.. keys.Select(k => _items[k])] : [];
        }
    }

    private void Index(ObjectKey key, TEntity entity)
    {
        Add(_byNamespace, entity.Metadata.NamespaceProperty ?? "", key);
        foreach (var owner in entity.Metadata.OwnerReferences ?? [])
            if (owner.Uid is { } uid) Add(_byOwner, uid, key);
    }

    private void Unindex(ObjectKey key, TEntity entity)
    {
        Remove(_byNamespace, entity.Metadata.NamespaceProperty ?? "", key);
        foreach (var owner in entity.Metadata.OwnerReferences ?? [])
            if (owner.Uid is { } uid) Remove(_byOwner, uid, key);
    }

    private static void Add(Dictionary<string, HashSet<ObjectKey>> index, string value, ObjectKey key)
    {
        if (!index.TryGetValue(value, out var keys)) index[value] = keys = [];
        keys.Add(key);
    }

    private static void Remove(Dictionary<string, HashSet<ObjectKey>> index, string value, ObjectKey key)
    {
        if (index.TryGetValue(value, out var keys) && keys.Remove(key) && keys.Count == 0) index.Remove(value);
    }
}
