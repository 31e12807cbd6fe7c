using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

internal sealed partial class ObjectStore
{
    private const string ForegroundFinalizer = "foregroundDeletion";
    private const string OrphanFinalizer = "orphan";

    /// <summary>
    /// DELETE: preconditions, propagation (Background default, Orphan default for Jobs, Foreground),
    /// finalizers (deletionTimestamp and the object stays), else immediate removal plus GC.
    /// </summary>
    public WriteResult Delete(ResourceType type, string? ns, string name, DeleteOptions options)
    {
        lock (_gate)
        {
            var current = Find(type, ns, name) ?? throw Errors.NotFound(type, name);
            if (options.PreconditionUid is { Length: > 0 } uid && uid != current.Uid())
                throw Errors.Conflict(type, name, $"Precondition failed: UID in precondition: {uid}, UID in object meta: {current.Uid()}");
            if (options.PreconditionResourceVersion is { Length: > 0 } rv && rv != current.ResourceVersion())
                throw Errors.Conflict(type, name, $"Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {current.ResourceVersion()}");
            var policy = options.PropagationPolicy ?? (type.OrphanByDefault ? "Orphan" : "Background");
            if (policy is not ("Orphan" or "Background" or "Foreground"))
                throw Errors.Invalid(type, name, Cause.NotSupported("propagationPolicy", policy, ["\"Foreground\"", "\"Background\"", "\"Orphan\""]));
            var warnings = new List<string>();
            if (type.OrphanByDefault && options.PropagationPolicy is null)
                warnings.Add("child pods are preserved by default when jobs are deleted; set propagationPolicy=Background to remove them or set propagationPolicy=Orphan to suppress this warning");
            if (options.DryRun) return new WriteResult(DeletedAnswer(type, current), 200, warnings);

            if (policy == "Orphan") OrphanDependents(current);
            var finalizers = current.Finalizers();
            if (policy == "Foreground" && HasBlockingOrAnyDependents(current) && !finalizers.Contains(ForegroundFinalizer))
                finalizers.Add(ForegroundFinalizer);
            if (finalizers.Count > 0)
            {
                var marked = MarkDeleting(type, current, finalizers);
                if (policy == "Foreground") CollectDependents(current.Uid()!, foreground: true);
                var latest = Find(type, ns, name) ?? marked;
                return new WriteResult(Present(type, latest), 200, warnings);
            }
            var gone = RemoveNow(type, current, current);
            return new WriteResult(DeletedAnswer(type, gone), 200, warnings);
        }
    }

    private static JsonObject DeletedAnswer(ResourceType type, JsonObject gone)
    {
        if (type.ReturnsDeletedObject) return Present(type, gone);
        var details = Errors.Details(type, gone.Name());
        details["uid"] = gone.Uid();
        return new JsonObject
        {
            ["kind"] = "Status", ["apiVersion"] = "v1", ["metadata"] = new JsonObject(), ["status"] = "Success", ["details"] = details,
        };
    }

    /// <summary>First deletion with finalizers: deletionTimestamp, grace 0, generation+1, one MODIFIED.</summary>
    private JsonObject MarkDeleting(ResourceType type, JsonObject current, List<string> finalizers)
    {
        if (current.IsDeleting() && current.Finalizers().SequenceEqual(finalizers)) return current;
        var next = current.DeepClone().AsObject();
        var meta = next.Metadata();
        if (!current.IsDeleting())
        {
            meta["deletionTimestamp"] = KubeTime.Format(_time.GetUtcNow());
            meta["deletionGracePeriodSeconds"] = 0;
            if (meta["generation"] is not null) meta["generation"] = current.Generation() + 1;
        }
        next.SetFinalizers(finalizers);
        return Commit(type, "MODIFIED", next, current);
    }

    /// <summary>Removes the object (DELETED event carries <paramref name="lastState"/>) and runs GC for its dependents.</summary>
    private JsonObject RemoveNow(ResourceType type, JsonObject current, JsonObject lastState)
    {
        var gone = Commit(type, "DELETED", null, current, lastState);
        if (type == ResourceRegistry.Crds) UnserveCrd(current);
        if (type == ResourceRegistry.Namespaces) DeleteNamespaceContents(current.Name());
        if (current.Uid() is { } uid)
        {
            CollectDependents(uid, foreground: false);
            ReleaseForegroundOwners(current);
        }
        return gone;
    }

    private bool HasBlockingOrAnyDependents(JsonObject owner) =>
        owner.Uid() is { } uid && _dependents.TryGetValue(uid, out var set) && set.Count > 0;

    /// <summary>
    /// Background GC (what kube-controller-manager does, done synchronously here): a dependent whose
    /// owners are all gone is deleted; one that still has other owners loses the dangling reference.
    /// With <paramref name="foreground"/> the owner still exists but is being deleted in the foreground.
    /// </summary>
    private void CollectDependents(string ownerUid, bool foreground)
    {
        if (!_dependents.TryGetValue(ownerUid, out var set)) return;
        foreach (var (storageKey, key) in set.ToList())
        {
            if (!_buckets.TryGetValue(storageKey, out var bucket) || !bucket.Items.TryGetValue(key, out var dependent)) continue;
            var others = dependent.OwnerUids().Where(o => o.Uid != ownerUid && _byUid.ContainsKey(o.Uid)).ToList();
            if (others.Count == 0)
            {
                if (dependent.IsDeleting()) continue;
                var finalizers = dependent.Finalizers();
                if (finalizers.Count > 0) MarkDeleting(bucket.Type, dependent, finalizers);
                else RemoveNow(bucket.Type, dependent, dependent);
            }
            else if (!foreground)
            {
                var next = dependent.DeepClone().AsObject();
                var refs = next.Metadata()["ownerReferences"]!.AsArray();
                foreach (var r in refs.OfType<JsonObject>().Where(r => r.Str("uid") == ownerUid).ToList()) refs.Remove(r);
                Commit(bucket.Type, "MODIFIED", next, dependent);
            }
        }
    }

    /// <summary>Orphan propagation: dependents lose their reference to this owner and survive.</summary>
    private void OrphanDependents(JsonObject owner)
    {
        if (owner.Uid() is not { } uid || !_dependents.TryGetValue(uid, out var set)) return;
        foreach (var (storageKey, key) in set.ToList())
        {
            if (!_buckets.TryGetValue(storageKey, out var bucket) || !bucket.Items.TryGetValue(key, out var dependent)) continue;
            var next = dependent.DeepClone().AsObject();
            var meta = next.Metadata();
            var refs = meta["ownerReferences"]!.AsArray();
            foreach (var r in refs.OfType<JsonObject>().Where(r => r.Str("uid") == uid).ToList()) refs.Remove(r);
            if (refs.Count == 0) meta.Remove("ownerReferences");
            Commit(bucket.Type, "MODIFIED", next, dependent);
        }
    }

    /// <summary>Foreground: once an owner's last dependent is gone, its foregroundDeletion finalizer goes.</summary>
    private void ReleaseForegroundOwners(JsonObject removed)
    {
        foreach (var (ownerUid, _) in removed.OwnerUids())
        {
            if (!_byUid.TryGetValue(ownerUid, out var where)) continue;
            if (!_buckets.TryGetValue(where.StorageKey, out var bucket) || !bucket.Items.TryGetValue(where.Key, out var owner)) continue;
            if (!owner.IsDeleting() || !owner.Finalizers().Contains(ForegroundFinalizer)) continue;
            if (_dependents.TryGetValue(ownerUid, out var left) && left.Count > 0) continue;
            var next = owner.DeepClone().AsObject();
            next.SetFinalizers(owner.Finalizers().Where(f => f != ForegroundFinalizer).ToList());
            if (next.Finalizers().Count == 0) RemoveNow(bucket.Type, owner, next);
            else Commit(bucket.Type, "MODIFIED", next, owner);
        }
    }

    /// <summary>Namespace removal deletes everything in it (the namespace controller's job, done at once).</summary>
    private void DeleteNamespaceContents(string ns)
    {
        foreach (var bucket in _buckets.Values.ToList())
        {
            if (!bucket.Type.Namespaced) continue;
            foreach (var key in bucket.Keys.GetViewBetween(ns + "/", ns + "/\uffff").ToList())
                if (bucket.Items.TryGetValue(key, out var obj))
                    RemoveNow(bucket.Type, obj, obj);
        }
    }
}
