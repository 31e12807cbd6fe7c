using System.Text.Json;
using k8s;
using k8s.Models;

namespace Kube.Operator.Client;

/// <summary>
/// The REST verbs on any kind, sent through the package's generic custom-object operations (which serve
/// the core group too: <c>apis//v1</c> becomes <c>api/v1</c>). Group, version and plural come from the
/// model's <see cref="KubernetesEntityAttribute"/>; a null namespace means a cluster-scoped kind, or all
/// namespaces for list and watch.
/// </summary>
internal static partial class ResourceRequests
{
    public static async Task<T> GetAsync<T>(IKubernetes api, string? ns, string name, bool status, CancellationToken ct)
    {
        var m = EntityMetadata.Of<T>();
        var objects = api.CustomObjects;
        using var response = (ns, status) switch
        {
            (null, false) => await objects.GetClusterCustomObjectWithHttpMessagesAsync<T>(m.Group, m.Version, m.Plural, name, cancellationToken: ct),
            (null, true) => await objects.GetClusterCustomObjectStatusWithHttpMessagesAsync<T>(m.Group, m.Version, m.Plural, name, cancellationToken: ct),
            (_, false) => await objects.GetNamespacedCustomObjectWithHttpMessagesAsync<T>(m.Group, m.Version, ns, m.Plural, name, cancellationToken: ct),
            (_, true) => await objects.GetNamespacedCustomObjectStatusWithHttpMessagesAsync<T>(m.Group, m.Version, ns, m.Plural, name, cancellationToken: ct),
        };
        return response.Body;
    }

    public static async Task<EntityList<T>> ListAsync<T>(IKubernetes api, string? ns, ListOptions? options, CancellationToken ct)
    {
        var m = EntityMetadata.Of<T>();
        using var response = ns is null
            ? await api.CustomObjects.ListClusterCustomObjectWithHttpMessagesAsync<EntityList<T>>(m.Group, m.Version, m.Plural,
                continueParameter: options?.Continue, fieldSelector: options?.FieldSelector,
                labelSelector: options?.LabelSelector, limit: options?.Limit, resourceVersion: options?.ResourceVersion,
                cancellationToken: ct)
            : await api.CustomObjects.ListNamespacedCustomObjectWithHttpMessagesAsync<EntityList<T>>(m.Group, m.Version, ns, m.Plural,
                continueParameter: options?.Continue, fieldSelector: options?.FieldSelector,
                labelSelector: options?.LabelSelector, limit: options?.Limit, resourceVersion: options?.ResourceVersion,
                cancellationToken: ct);
        return response.Body;
    }

    public static async Task<T> CreateAsync<T>(IKubernetes api, T entity, CancellationToken ct)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        var m = FillTypeMeta(entity);
        var ns = entity.Metadata?.NamespaceProperty;
        using var response = ns is null
            ? await api.CustomObjects.CreateClusterCustomObjectWithHttpMessagesAsync<T>(entity, m.Group, m.Version, m.Plural, cancellationToken: ct)
            : await api.CustomObjects.CreateNamespacedCustomObjectWithHttpMessagesAsync<T>(entity, m.Group, m.Version, ns, m.Plural, cancellationToken: ct);
        return response.Body;
    }

    public static async Task<T> ReplaceAsync<T>(IKubernetes api, T entity, bool status, CancellationToken ct)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        var m = FillTypeMeta(entity);
        var ns = entity.Metadata?.NamespaceProperty;
        var name = NameOf(entity);
        var objects = api.CustomObjects;
        using var response = (ns, status) switch
        {
            (null, false) => await objects.ReplaceClusterCustomObjectWithHttpMessagesAsync<T>(entity, m.Group, m.Version, m.Plural, name, cancellationToken: ct),
            (null, true) => await objects.ReplaceClusterCustomObjectStatusWithHttpMessagesAsync<T>(entity, m.Group, m.Version, m.Plural, name, cancellationToken: ct),
            (_, false) => await objects.ReplaceNamespacedCustomObjectWithHttpMessagesAsync<T>(entity, m.Group, m.Version, ns, m.Plural, name, cancellationToken: ct),
            (_, true) => await objects.ReplaceNamespacedCustomObjectStatusWithHttpMessagesAsync<T>(entity, m.Group, m.Version, ns, m.Plural, name, cancellationToken: ct),
        };
        return response.Body;
    }

    public static async Task<T> PatchAsync<T>(IKubernetes api, V1Patch patch, string name, string? ns, PatchOptions? options,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(patch);
        if (patch.Type == V1Patch.PatchType.ApplyPatch && string.IsNullOrEmpty(options?.FieldManager))
            throw new ArgumentException("Server-side apply needs a field manager (PatchOptions.FieldManager).", nameof(options));
        var m = EntityMetadata.Of<T>();
        var status = options?.Subresource switch
        {
            null or "" => false,
            "status" => true,
            var other => throw new ArgumentException($"Subresource '{other}' is not supported; use 'status'.", nameof(options)),
        };
        var (manager, force) = (options?.FieldManager, options?.Force);
        var objects = api.CustomObjects;
        using var response = (ns, status) switch
        {
            (null, false) => await objects.PatchClusterCustomObjectWithHttpMessagesAsync<T>(patch, m.Group, m.Version, m.Plural, name, fieldManager: manager, force: force, cancellationToken: ct),
            (null, true) => await objects.PatchClusterCustomObjectStatusWithHttpMessagesAsync<T>(patch, m.Group, m.Version, m.Plural, name, fieldManager: manager, force: force, cancellationToken: ct),
            (_, false) => await objects.PatchNamespacedCustomObjectWithHttpMessagesAsync<T>(patch, m.Group, m.Version, ns, m.Plural, name, fieldManager: manager, force: force, cancellationToken: ct),
            (_, true) => await objects.PatchNamespacedCustomObjectStatusWithHttpMessagesAsync<T>(patch, m.Group, m.Version, ns, m.Plural, name, fieldManager: manager, force: force, cancellationToken: ct),
        };
        return response.Body;
    }

    /// <summary>Deletes; returns the object when the server kept it (finalizers), default when it is gone.</summary>
    public static async Task<T?> DeleteAsync<T>(IKubernetes api, string name, string? ns, V1DeleteOptions? options,
        CancellationToken ct)
    {
        var m = EntityMetadata.Of<T>();
        if (options is not null)
        {
            options.ApiVersion ??= "v1";
            options.Kind ??= "DeleteOptions";
        }
        using var response = ns is null
            ? await api.CustomObjects.DeleteClusterCustomObjectWithHttpMessagesAsync<JsonElement>(m.Group, m.Version, m.Plural, name,
                body: options, gracePeriodSeconds: (int?)options?.GracePeriodSeconds, propagationPolicy: options?.PropagationPolicy,
                cancellationToken: ct)
            : await api.CustomObjects.DeleteNamespacedCustomObjectWithHttpMessagesAsync<JsonElement>(m.Group, m.Version, ns, m.Plural, name,
                body: options, gracePeriodSeconds: (int?)options?.GracePeriodSeconds, propagationPolicy: options?.PropagationPolicy,
                cancellationToken: ct);
        var body = response.Body;
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("kind", out var kind)
            && kind.ValueKind == JsonValueKind.String && kind.GetString() == "Status" && m.Kind != "Status")
            return default;
        return KubernetesJson.Deserialize<T>(body.GetRawText());
    }

    public static EntityMetadata FillTypeMeta<T>(T entity) where T : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(entity);
        var m = EntityMetadata.Of<T>();
        // Our models default these, but the package's do not: the server rejects a body without them.
        if (string.IsNullOrEmpty(entity.ApiVersion)) entity.ApiVersion = m.ApiVersion;
        if (string.IsNullOrEmpty(entity.Kind)) entity.Kind = m.Kind;
        return m;
    }

    public static string NameOf<T>(T entity) where T : IKubernetesObject<V1ObjectMeta> =>
        entity.Metadata?.Name is { Length: > 0 } name
            ? name
            : throw new ArgumentException($"{typeof(T).Name} has no metadata.name.", nameof(entity));
}
