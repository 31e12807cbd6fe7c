using System.Globalization;
using System.Text.Json;
using Kube.Client.Models;

namespace Kube.Client.Http;

/// <summary>
/// The REST verbs on any resource type. Which requests are retried on transient failures is decided
/// here: reads and watch establishment always; PUT only with a resourceVersion (a replay can then only
/// conflict, never overwrite a newer write); merge and apply patches (idempotent); DELETE only with
/// preconditions (a replay cannot remove a re-created object); never POST or JSON patch.
/// </summary>
internal sealed partial class ResourceOperations(ApiConnection connection)
{
    public ApiConnection Connection => connection;

    public async Task<T> GetAsync<T>(ResourceType type, string? ns, string name, string? subresource, CancellationToken ct)
    {
        var path = ResourcePath.Object(type, ns, name, subresource);
        return Deserialize<T>(await connection.SendForTextAsync(HttpMethod.Get, path, null, retryable: true, ct), path);
    }

    public async Task<EntityList<T>> ListAsync<T>(ResourceType type, string? ns, ListOptions? options, CancellationToken ct)
    {
        var path = ResourcePath.WithQuery(ResourcePath.Collection(type, ns),
            ("labelSelector", options?.LabelSelector), ("fieldSelector", options?.FieldSelector),
            ("limit", options?.Limit?.ToString(CultureInfo.InvariantCulture)), ("continue", options?.Continue),
            ("resourceVersion", options?.ResourceVersion));
        return Deserialize<EntityList<T>>(
            await connection.SendForTextAsync(HttpMethod.Get, path, null, retryable: true, ct), path);
    }

    public async Task<T> CreateAsync<T>(ResourceType type, string? ns, T entity, string? fieldManager, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entity);
        FillTypeMeta(type, entity);
        var path = ResourcePath.WithQuery(ResourcePath.Collection(type, ns), ("fieldManager", fieldManager));
        return Deserialize<T>(await connection.SendForTextAsync(HttpMethod.Post, path, ApiBody.Json(entity),
            retryable: false, ct), path);
    }

    public async Task<T> ReplaceAsync<T>(ResourceType type, string? ns, string name, T entity, string? subresource,
        string? fieldManager, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entity);
        FillTypeMeta(type, entity);
        var conditional = entity is IKubernetesObject<V1ObjectMeta> { Metadata.ResourceVersion: { Length: > 0 } };
        var path = ResourcePath.WithQuery(ResourcePath.Object(type, ns, name, subresource), ("fieldManager", fieldManager));
        return Deserialize<T>(await connection.SendForTextAsync(HttpMethod.Put, path, ApiBody.Json(entity),
            retryable: conditional, ct), path);
    }

    public async Task<T> PatchAsync<T>(ResourceType type, string? ns, string name, V1Patch patch, PatchOptions? options,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(patch);
        if (patch.Type == V1Patch.PatchType.ApplyPatch && string.IsNullOrEmpty(options?.FieldManager))
            throw new ArgumentException("Server-side apply needs a field manager (PatchOptions.FieldManager).", nameof(options));
        var path = ResourcePath.WithQuery(ResourcePath.Object(type, ns, name, options?.Subresource),
            ("fieldManager", options?.FieldManager),
            ("force", options?.Force is { } force ? (force ? "true" : "false") : null));
        var idempotent = patch.Type is V1Patch.PatchType.MergePatch or V1Patch.PatchType.ApplyPatch;
        return Deserialize<T>(await connection.SendForTextAsync(HttpMethod.Patch, path,
            new ApiBody(patch.ToJson(), patch.ContentType), idempotent, ct), path);
    }

    /// <summary>Deletes; returns the object when the server kept it (finalizers), default when it is gone.</summary>
    public async Task<T?> DeleteAsync<T>(ResourceType type, string? ns, string name, V1DeleteOptions? options,
        CancellationToken ct)
    {
        var path = ResourcePath.WithQuery(ResourcePath.Object(type, ns, name),
            ("propagationPolicy", options?.PropagationPolicy),
            ("gracePeriodSeconds", options?.GracePeriodSeconds?.ToString(CultureInfo.InvariantCulture)));
        ApiBody? body = null;
        if (options is not null)
        {
            options.ApiVersion ??= "v1";
            options.Kind ??= "DeleteOptions";
            body = ApiBody.Json(options);
        }
        var guarded = options?.Preconditions is { } p && (p.Uid is { Length: > 0 } || p.ResourceVersion is { Length: > 0 });
        var text = await connection.SendForTextAsync(HttpMethod.Delete, path, body, guarded, ct);
        using var document = JsonDocument.Parse(text);
        if (document.RootElement.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String
            && kind.GetString() == "Status" && type.Kind != "Status")
            return default;
        return Deserialize<T>(text, path);
    }

    internal static void FillTypeMeta(ResourceType type, object entity)
    {
        // Our models default these, but user types may not: the server rejects a body without them.
        if (entity is IKubernetesObject kubernetesObject)
        {
            if (string.IsNullOrEmpty(kubernetesObject.ApiVersion)) kubernetesObject.ApiVersion = type.ApiVersion;
            if (string.IsNullOrEmpty(kubernetesObject.Kind)) kubernetesObject.Kind = type.Kind;
        }
    }

    internal static T Deserialize<T>(string text, string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, KubernetesJson.Options)
                ?? throw new Exceptions.KubernetesClientException($"{path} answered null.");
        }
        catch (JsonException ex)
        {
            throw new Exceptions.KubernetesClientException(
                $"{path} answered a body that is not a {typeof(T).Name}: {ex.Message}", ex);
        }
    }
}
