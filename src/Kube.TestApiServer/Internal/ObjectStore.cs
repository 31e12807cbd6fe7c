using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>
/// The in-memory "etcd": objects by resource and key, one global resourceVersion counter, a bounded
/// change log for watches, and uid/owner indexes for garbage collection. One lock guards all of it;
/// every operation is O(log n) in the number of objects (plus the size of what it returns).
/// Stored objects are frozen: a write always replaces the instance, never mutates it, so readers and
/// watch events share them without copying.
/// </summary>
internal sealed partial class ObjectStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string StorageKey, string Key)> _byUid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<(string StorageKey, string Key)>> _dependents = new(StringComparer.Ordinal);
    private readonly EventLog _log;
    private readonly ResourceRegistry _registry;
    private readonly TimeProvider _time;
    private long _rv;
    private TaskCompletionSource _changed = NewSignal();

    public ObjectStore(ResourceRegistry registry, TimeProvider time, int historyLimit)
    {
        _registry = registry;
        _time = time;
        _log = new EventLog(historyLimit);
        // A fresh cluster starts above zero so "0" (any version) and real versions never collide.
        _rv = 1;
        _log.Compact(_rv);
        foreach (var ns in new[] { "default", "kube-system", "kube-public", "kube-node-lease" })
            Create(ResourceRegistry.Namespaces, null, new JsonObject
            {
                ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = ns },
            }, WriteOptions.Default with { FieldManager = "kube-apiserver" });
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Bucket(ResourceType type)
    {
        public ResourceType Type { get; set; } = type;

        public SortedSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, JsonObject> Items { get; } = new(StringComparer.Ordinal);
    }

    public static string KeyOf(string? ns, string name) => $"{ns ?? ""}/{name}";

    public long CurrentResourceVersion
    {
        get { lock (_gate) return _rv; }
    }

    private Bucket BucketOf(ResourceType type)
    {
        if (!_buckets.TryGetValue(type.StorageKey, out var bucket))
        {
            bucket = new Bucket(type);
            _buckets[type.StorageKey] = bucket;
        }
        return bucket;
    }

    private JsonObject? Find(ResourceType type, string? ns, string name) =>
        _buckets.TryGetValue(type.StorageKey, out var b) && b.Items.TryGetValue(KeyOf(ns, name), out var o) ? o : null;

    public JsonObject? Get(ResourceType type, string? ns, string name)
    {
        lock (_gate) return Find(type, ns, name);
    }

    private bool NamespaceExists(string ns) => Find(ResourceRegistry.Namespaces, null, ns) is not null;

    /// <summary>
    /// Records one effective write: assigns the next resourceVersion, updates the indexes, appends the
    /// event and wakes watchers. <paramref name="next"/> null means the object is removed.
    /// </summary>
    private JsonObject Commit(ResourceType type, string eventType, JsonObject? next, JsonObject? previous, JsonObject? finalState = null)
    {
        var bucket = BucketOf(type);
        var rv = ++_rv;
        // A DELETED event carries the last state (e.g. the write that removed the last finalizer).
        var subject = next ?? (finalState ?? previous!).DeepClone().AsObject();
        subject.Metadata()["resourceVersion"] = rv.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Freeze(subject);
        var ns = subject.Namespace();
        var key = KeyOf(type.Namespaced ? ns : null, subject.Name());
        if (previous is not null) Unindex(type, key, previous);
        if (next is not null)
        {
            if (bucket.Items.TryAdd(key, next)) bucket.Keys.Add(key);
            else bucket.Items[key] = next;
            Index(type, key, next);
        }
        else
        {
            bucket.Items.Remove(key);
            bucket.Keys.Remove(key);
        }
        _log.Append(new WatchEvent(eventType, type.StorageKey, type.Namespaced ? ns : null, subject, previous, rv));
        var signal = _changed;
        _changed = NewSignal();
        signal.SetResult();
        return subject;
    }

    /// <summary>
    /// Materializes every node now, under the lock. Parsed JsonObject/JsonArray build their child
    /// collections lazily on first access, which is not thread-safe; stored objects are read by many
    /// requests and watchers at once, so nothing may be left to build later.
    /// </summary>
    private static void Freeze(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o) Freeze(child);
                break;
            case JsonArray a:
                foreach (var child in a) Freeze(child);
                break;
        }
    }

    private void Index(ResourceType type, string key, JsonObject obj)
    {
        if (obj.Uid() is { } uid) _byUid[uid] = (type.StorageKey, key);
        foreach (var (owner, _) in obj.OwnerUids())
        {
            if (!_dependents.TryGetValue(owner, out var set)) _dependents[owner] = set = [];
            set.Add((type.StorageKey, key));
        }
    }

    private void Unindex(ResourceType type, string key, JsonObject obj)
    {
        if (obj.Uid() is { } uid) _byUid.Remove(uid);
        foreach (var (owner, _) in obj.OwnerUids())
            if (_dependents.TryGetValue(owner, out var set))
            {
                set.Remove((type.StorageKey, key));
                if (set.Count == 0) _dependents.Remove(owner);
            }
    }

    /// <summary>
    /// Waits (up to <paramref name="limit"/>) until the store has reached <paramref name="resourceVersion"/>;
    /// false when it did not, for the apiserver's 504 "Too large resource version".
    /// </summary>
    public async Task<bool> WaitForResourceVersionAsync(long resourceVersion, TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = _time.GetTimestamp();
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_rv >= resourceVersion) return true;
                changed = _changed.Task;
            }
            var left = limit - _time.GetElapsedTime(deadline);
            if (left <= TimeSpan.Zero) return false;
            try
            {
                await changed.WaitAsync(left, _time, cancellationToken);
            }
            catch (TimeoutException)
            {
                return false;
            }
        }
    }

    /// <summary>Drops all retained history: any watch or continue token from before now gets 410.</summary>
    public void CompactHistory()
    {
        lock (_gate) _log.Compact(_rv);
    }

    /// <summary>Objects of one resource (all namespaces when ns is null), in key order, after a key.</summary>
    public (List<JsonObject> Items, long ResourceVersion, string? NextKey) List(
        ResourceType type, string? ns, LabelSelector labels, FieldSelector fields, int limit, string? afterKey)
    {
        lock (_gate)
        {
            var items = new List<JsonObject>();
            string? nextKey = null;
            if (_buckets.TryGetValue(type.StorageKey, out var bucket) && bucket.Keys.Count > 0)
            {
                var lower = ns is null ? "" : ns + "/";
                if (afterKey is not null && string.CompareOrdinal(afterKey, lower) >= 0) lower = afterKey + "\0";
                var upper = ns is null ? "\uffff" : ns + "/\uffff";
                if (string.CompareOrdinal(lower, upper) <= 0)
                {
                    foreach (var key in bucket.Keys.GetViewBetween(lower, upper))
                    {
                        var obj = bucket.Items[key];
                        if (!fields.Matches(obj) || !labels.Matches(obj.Labels())) continue;
                        if (limit > 0 && items.Count == limit)
                        {
                            nextKey = KeyOf(items[^1].Namespace(), items[^1].Name());
                            break;
                        }
                        items.Add(obj);
                    }
                }
            }
            return (items, _rv, nextKey);
        }
    }

    /// <summary>
    /// Like <see cref="List"/>, but as the store was at <paramref name="asOf"/> (a continue token's
    /// snapshot): objects created after it are absent, objects changed or deleted after it appear in
    /// their state at it. Null when <paramref name="asOf"/> is older than the retained history (410).
    /// The state is rebuilt from current state plus the change log, so the cost is
    /// O(changes since asOf + keys scanned · log n), checked and read under one lock.
    /// </summary>
    public (List<JsonObject> Items, string? NextKey)? ListAt(
        ResourceType type, string? ns, LabelSelector labels, FieldSelector fields, int limit, string? afterKey, long asOf)
    {
        lock (_gate)
        {
            if (asOf < _log.CompactedThrough) return null;
            var lower = ns is null ? "" : ns + "/";
            if (afterKey is not null && string.CompareOrdinal(afterKey, lower) >= 0) lower = afterKey + "\0";
            var upper = ns is null ? "\uffff" : ns + "/\uffff";
            var items = new List<JsonObject>();
            if (string.CompareOrdinal(lower, upper) > 0) return (items, null);

            // For every key changed after asOf, its state at asOf is the state before its first later
            // change: null for an object created afterwards.
            var events = new List<WatchEvent>();
            _log.ReadAfter(asOf, int.MaxValue, events);
            var before = new Dictionary<string, JsonObject?>(StringComparer.Ordinal);
            foreach (var e in events)
            {
                if (!string.Equals(e.StorageKey, type.StorageKey, StringComparison.Ordinal)) continue;
                var key = KeyOf(e.Namespace, e.Object.Name());
                if (string.CompareOrdinal(key, lower) < 0 || string.CompareOrdinal(key, upper) > 0) continue;
                before.TryAdd(key, e.Previous);
            }
            _buckets.TryGetValue(type.StorageKey, out var bucket);
            // Keys that existed at asOf but are gone now (deleted since): merged into the key order.
            var gone = before.Where(kv => kv.Value is not null && bucket?.Items.ContainsKey(kv.Key) != true)
                .Select(kv => kv.Key).ToList();
            gone.Sort(StringComparer.Ordinal);

            IEnumerable<string> currentKeys = bucket is null ? [] : bucket.Keys.GetViewBetween(lower, upper);
            using var current = currentKeys.GetEnumerator();
            var hasCurrent = current.MoveNext();
            var goneIndex = 0;
            string? lastKey = null;
            while (hasCurrent || goneIndex < gone.Count)
            {
                string key;
                if (hasCurrent && (goneIndex == gone.Count || string.CompareOrdinal(current.Current, gone[goneIndex]) < 0))
                {
                    key = current.Current;
                    hasCurrent = current.MoveNext();
                }
                else
                {
                    key = gone[goneIndex++];
                }
                var obj = before.TryGetValue(key, out var old) ? old : bucket!.Items[key];
                if (obj is null || !fields.Matches(obj) || !labels.Matches(obj.Labels())) continue;
                if (limit > 0 && items.Count == limit) return (items, lastKey);
                items.Add(obj);
                lastKey = key;
            }
            return (items, null);
        }
    }

    /// <summary>The oldest resourceVersion a watch may start from (older ones get 410 Expired).</summary>
    public long CompactedThrough
    {
        get { lock (_gate) return _log.CompactedThrough; }
    }

    /// <summary>
    /// Events after <paramref name="after"/> (at most <paramref name="max"/>). When there are none, the
    /// cursor moves to the current resourceVersion and <c>Changed</c> completes on the next commit.
    /// </summary>
    public (long Cursor, bool Expired, long Oldest, Task Changed) ReadEvents(long after, int max, List<WatchEvent> into)
    {
        lock (_gate)
        {
            if (after < _log.CompactedThrough) return (after, true, _log.CompactedThrough + 1, Task.CompletedTask);
            _log.ReadAfter(after, max, into);
            var cursor = into.Count > 0 ? into[^1].ResourceVersion : Math.Max(after, _rv);
            return (cursor, false, 0, _changed.Task);
        }
    }

    /// <summary>A consistent snapshot for a watch without resourceVersion: current items plus the version.</summary>
    public (List<JsonObject> Items, long ResourceVersion) Snapshot(ResourceType type, string? ns)
    {
        var (items, rv, _) = List(type, ns, LabelSelector.Everything, FieldSelector.Everything, 0, null);
        return (items, rv);
    }
}
