using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

internal sealed partial class ObjectStore
{
    private static readonly string[] SystemMetadata =
        ["name", "namespace", "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "generateName"];

    /// <summary>PUT on the object or its /status.</summary>
    public WriteResult Update(ResourceType type, string? ns, string name, string? subresource, JsonObject body, WriteOptions options)
    {
        lock (_gate)
        {
            var current = Find(type, ns, name) ?? throw Errors.NotFound(type, name);
            var rv = body.ResourceVersion();
            if (string.IsNullOrEmpty(rv))
            {
                if (type.IsCustom)
                    throw Errors.Invalid(type, name, Cause.Invalid("metadata.resourceVersion", JsonValue.Create(0), "must be specified for an update")
                        with { Message = "Invalid value: 0x0: must be specified for an update" });
            }
            else if (rv != current.ResourceVersion())
            {
                throw Errors.StaleResourceVersion(type, name);
            }
            return Write(type, current, body, subresource, options, "Update", precomputedFields: false);
        }
    }

    /// <summary>PATCH (JSON, merge, strategic-as-merge): the patch runs on the stored object under the lock.</summary>
    public WriteResult Patch(ResourceType type, string? ns, string name, string? subresource, Func<JsonObject, JsonObject> patch, WriteOptions options)
    {
        lock (_gate)
        {
            var current = Find(type, ns, name) ?? throw Errors.NotFound(type, name);
            var patched = patch(current.DeepClone().AsObject());
            // A patch is conditional only if it sets metadata.resourceVersion itself.
            var rv = patched.ResourceVersion();
            if (!string.IsNullOrEmpty(rv) && rv != current.ResourceVersion()) throw Errors.StaleResourceVersion(type, name);
            if (patched.Name() != name)
                throw Errors.BadRequest($"the name of the object ({patched.Name()}) does not match the name on the URL ({name})");
            return Write(type, current, patched, subresource, options, "Update", precomputedFields: false);
        }
    }

    /// <summary>Server-side apply: creates when absent (201), else merges with ownership tracking.</summary>
    public WriteResult Apply(ResourceType type, string? ns, string name, string? subresource, JsonObject intent, WriteOptions options)
    {
        lock (_gate)
        {
            var current = Find(type, ns, name);
            if (current is null)
            {
                if (subresource is not null) throw Errors.NotFound(type, name);
                var created = Create(type, ns, intent, options, "Apply");
                return created;
            }
            var rv = intent.ResourceVersion();
            if (!string.IsNullOrEmpty(rv) && rv != current.ResourceVersion()) throw Errors.StaleResourceVersion(type, name);
            var merged = ManagedFields.Apply(type, current, intent, options.FieldManager, options.Force, subresource, _time.GetUtcNow());
            return Write(type, current, merged, subresource, options, "Apply", precomputedFields: true);
        }
    }

    /// <summary>
    /// The shared update path: subresource isolation, system metadata, validation, generation,
    /// no-op detection, managedFields, finalizer completion, then one commit.
    /// </summary>
    private WriteResult Write(ResourceType type, JsonObject current, JsonObject body, string? subresource, WriteOptions options,
        string operation, bool precomputedFields)
    {
        JsonObject next;
        if (subresource == "status")
        {
            next = current.DeepClone().AsObject();
            if (body["status"] is { } status) next["status"] = status.DeepClone();
            else next.Remove("status");
            if (precomputedFields && body.Metadata()["managedFields"] is { } mf) next.Metadata()["managedFields"] = mf.DeepClone();
        }
        else
        {
            next = body.DeepClone().AsObject();
            if (type.HasStatus)
            {
                if (current["status"] is { } kept) next["status"] = kept.DeepClone();
                else next.Remove("status");
            }
        }
        next["apiVersion"] = current["apiVersion"]?.DeepClone();
        next["kind"] = type.Kind;
        var meta = next.Metadata();
        var oldMeta = current.Metadata();
        foreach (var key in SystemMetadata)
        {
            if (oldMeta[key] is { } v) meta[key] = v.DeepClone();
            else meta.Remove(key);
        }
        meta["resourceVersion"] = current.ResourceVersion();
        if (!precomputedFields)
        {
            if (oldMeta["managedFields"] is { } mf) meta["managedFields"] = mf.DeepClone();
            else meta.Remove("managedFields");
        }

        if (type == ResourceRegistry.Secrets && subresource is null) DecodeSecret(next);
        TimeFields.Normalize(type, next);
        var warnings = new List<string>();
        Validate(type, next.Name(), next, current, options, warnings, checkName: false);
        if (type == ResourceRegistry.Crds) ValidateCrdUpdate(current, next);

        if (type.TracksGeneration && !SameDesiredState(type, current, next))
            meta["generation"] = current.Generation() + 1;

        if (IsNoOp(current, next)) return new WriteResult(Present(type, current), 200, warnings);

        var now = _time.GetUtcNow();
        if (!precomputedFields) ManagedFields.RecordUpdate(type, next, current, options.FieldManager, operation, subresource, now);
        if (type == ResourceRegistry.Crds) RefreshCrdStatus(next);
        if (options.DryRun) return new WriteResult(Present(type, next), 200, warnings);

        if (next.IsDeleting() && next.Finalizers().Count == 0)
        {
            // The write that removes the last finalizer deletes the object (DELETED, not MODIFIED).
            var gone = RemoveNow(type, current, next);
            return new WriteResult(Present(type, gone), 200, warnings);
        }
        var stored = Commit(type, "MODIFIED", next, current);
        if (type == ResourceRegistry.Crds) ServeCrd(stored);
        return new WriteResult(Present(type, stored), 200, warnings);
    }

    private static bool SameDesiredState(ResourceType type, JsonObject current, JsonObject next) =>
        type.HasStatus ? Meta.EqualExcept(current, next, "metadata", "status") : Meta.EqualExcept(current, next, "metadata");

    /// <summary>Equal except for resourceVersion and managedFields timestamps: nothing to write.</summary>
    private static bool IsNoOp(JsonObject current, JsonObject next)
    {
        if (!Meta.EqualExcept(current, next, "metadata")) return false;
        return Meta.EqualExcept(StripVolatile(current.Metadata()), StripVolatile(next.Metadata()), "resourceVersion");
    }

    private static JsonObject StripVolatile(JsonObject meta)
    {
        var copy = meta.DeepClone().AsObject();
        if (copy["managedFields"] is JsonArray entries)
            foreach (var e in entries.OfType<JsonObject>()) e.Remove("time");
        return copy;
    }
}
