using System.Globalization;
using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

internal sealed partial class ObjectStore
{
    private const string GenerateNameAlphabet = "bcdfghjklmnpqrstvwxz2456789";

    /// <summary>POST: 201 with uid, creationTimestamp, resourceVersion, generation; 409 AlreadyExists.</summary>
    public WriteResult Create(ResourceType type, string? ns, JsonObject body, WriteOptions options, string operation = "Update")
    {
        lock (_gate)
        {
            var obj = body.DeepClone().AsObject();
            var meta = obj.Metadata();
            obj["apiVersion"] = StorageApiVersion(type);
            obj["kind"] = type.Kind;
            if (type.Namespaced)
            {
                if (!NamespaceExists(ns!)) throw Errors.NamespaceNotFound(ns!);
                meta["namespace"] = ns;
            }
            else
            {
                meta.Remove("namespace");
            }
            if (meta.Str("resourceVersion") is { Length: > 0 })
                throw Errors.BadRequest("resourceVersion should not be set on objects to be created");
            // Create drops status where a status subresource exists: only /status writes set it.
            if (type.HasStatus) obj.Remove("status");
            var name = meta.Str("name") ?? "";
            var generateName = meta.Str("generateName") ?? "";
            if (name.Length == 0 && generateName.Length == 0)
                throw Errors.Invalid(type, "", Cause.Required("metadata.name", "name or generateName is required"));
            foreach (var key in new[] { "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink", "generation", "managedFields" })
                meta.Remove(key);

            if (type == ResourceRegistry.Secrets) DecodeSecret(obj);
            TimeFields.Normalize(type, obj);
            var warnings = new List<string>();
            var validationName = name.Length > 0 ? name : generateName;
            Validate(type, validationName, obj, null, options, warnings, checkName: name.Length > 0);
            if (name.Length == 0)
            {
                // generateName: a random 5-character suffix; retry on collision like recent servers.
                for (var attempt = 0; ; attempt++)
                {
                    var candidate = generateName + RandomSuffix();
                    if (Find(type, ns, candidate) is null || attempt == 8)
                    {
                        name = candidate;
                        break;
                    }
                }
                if (CheckName(type, name) is { } nameProblem)
                    throw Errors.Invalid(type, name, Cause.Invalid("metadata.generateName", generateName, nameProblem));
                meta["name"] = name;
            }
            if (Find(type, ns, name) is not null) throw Errors.AlreadyExists(type, name);

            var now = _time.GetUtcNow();
            meta["uid"] = Guid.NewGuid().ToString();
            meta["creationTimestamp"] = KubeTime.Format(now);
            if (type.TracksGeneration) meta["generation"] = 1;
            if (type == ResourceRegistry.Namespaces) PrepareNamespace(obj);
            if (type == ResourceRegistry.Crds) PrepareCrd(obj, now);
            ManagedFields.RecordUpdate(type, obj, null, options.FieldManager, operation, null, now);
            ReorderMetadata(obj);
            if (options.DryRun) return new WriteResult(Present(type, obj), 201, warnings);
            var stored = Commit(type, "ADDED", obj, null);
            if (type == ResourceRegistry.Crds) ServeCrd(stored);
            return new WriteResult(Present(type, stored), 201, warnings);
        }
    }

    private static string RandomSuffix()
    {
        Span<char> chars = stackalloc char[5];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = GenerateNameAlphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(GenerateNameAlphabet.Length)];
        return new string(chars);
    }

    private static void PrepareNamespace(JsonObject obj)
    {
        obj["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") };
        obj["status"] = new JsonObject { ["phase"] = "Active" };
        var labels = obj.Metadata()["labels"] as JsonObject ?? [];
        labels["kubernetes.io/metadata.name"] = obj.Name();
        obj.Metadata()["labels"] = labels;
    }

    /// <summary>The apiVersion objects of this resource are stored in (the storage version for CRs).</summary>
    private string StorageApiVersion(ResourceType type)
    {
        if (!type.IsCustom) return type.ApiVersion;
        var crd = Find(ResourceRegistry.Crds, null, $"{type.Plural}.{type.Group}");
        var storage = (crd?["spec"]?["versions"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(v => v["storage"] is JsonValue s && s.TryGetValue<bool>(out var b) && b)?.Str("name");
        return $"{type.Group}/{storage ?? type.Version}";
    }

    /// <summary>An object as seen through <paramref name="type"/>'s version (CRs: apiVersion rewritten).</summary>
    public static JsonObject Present(ResourceType type, JsonObject stored)
    {
        if (stored.Str("apiVersion") == type.ApiVersion) return stored;
        var copy = stored.DeepClone().AsObject();
        copy["apiVersion"] = type.ApiVersion;
        return copy;
    }

    /// <summary>Metadata keys in the order kube-apiserver writes them (cosmetic; eases diffs).</summary>
    private static void ReorderMetadata(JsonObject obj)
    {
        if (obj["metadata"] is not JsonObject meta) return;
        string[] order = ["name", "generateName", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp",
            "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers", "managedFields"];
        var entries = meta.ToList();
        meta.Clear();
        foreach (var key in order)
            foreach (var (k, v) in entries)
                if (k == key) meta[k] = v?.DeepClone();
        foreach (var (k, v) in entries)
            if (!order.Contains(k)) meta[k] = v?.DeepClone();
    }

    private static string? CheckName(ResourceType type, string name) =>
        type == ResourceRegistry.Namespaces ? NameValidation.CheckLabel(name) : NameValidation.CheckSubdomain(name);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
