using k8s;
using k8s.Models;

namespace Kube.Operator.Client;

/// <summary>
/// Operations KubeOps' <c>IKubernetesClient</c> lacks: paging, field selectors, typed patches, server-side
/// apply, delete options, the status subresource and the resuming watch. They work on any client whose
/// <see cref="IKubernetesClient.ApiClient"/> is a real connection.
/// </summary>
public static class KubernetesClientExtensions
{
    /// <summary>The default page size of <see cref="ListAllAsync{TEntity}"/>.</summary>
    public const int DefaultPageSize = 500;

    /// <summary>Lists one page with selectors, limit and continue token.</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="namespace">The namespace; null for all namespaces or cluster-scoped kinds.</param>
    /// <param name="options">Selectors and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with its resourceVersion and continue token.</returns>
    public static Task<EntityList<TEntity>> ListAsync<TEntity>(this IKubernetesClient client, string? @namespace,
        ListOptions options, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        ResourceRequests.ListAsync<TEntity>(Api(client), @namespace, options, cancellationToken);

    /// <summary>
    /// Lists everything by following continue tokens. All pages are one snapshot; the result's
    /// <c>metadata.resourceVersion</c> is that snapshot's, the point to start a watch from.
    /// </summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="namespace">The namespace; null for all namespaces or cluster-scoped kinds.</param>
    /// <param name="options">Selectors and page size (default <see cref="DefaultPageSize"/>); Continue is ignored.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>All items and the snapshot's resourceVersion.</returns>
    /// <exception cref="k8s.Autorest.HttpOperationException">410 Gone: The continue token expired between pages; list again.</exception>
    public static async Task<EntityList<TEntity>> ListAllAsync<TEntity>(this IKubernetesClient client,
        string? @namespace = null, ListOptions? options = null, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        var api = Api(client);
        var page = new ListOptions
        {
            LabelSelector = options?.LabelSelector,
            FieldSelector = options?.FieldSelector,
            Limit = options?.Limit ?? DefaultPageSize,
            ResourceVersion = options?.ResourceVersion,
        };
        var first = await ResourceRequests.ListAsync<TEntity>(api, @namespace, page, cancellationToken);
        var items = new List<TEntity>(first.Items);
        var next = first.Metadata.ContinueProperty;
        while (!string.IsNullOrEmpty(next))
        {
            page.Continue = next;
            page.ResourceVersion = null; // continue carries the snapshot; both together is a 400
            var more = await ResourceRequests.ListAsync<TEntity>(api, @namespace, page, cancellationToken);
            items.AddRange(more.Items);
            next = more.Metadata.ContinueProperty;
        }
        first.Items = items;
        first.Metadata.ContinueProperty = null;
        return first;
    }

    /// <summary>Reads the status subresource (GET <c>…/status</c>).</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="name">The object's name.</param>
    /// <param name="namespace">Its namespace; null for cluster-scoped kinds.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The object.</returns>
    /// <exception cref="k8s.Autorest.HttpOperationException">404: No such object.</exception>
    public static Task<TEntity> GetStatusAsync<TEntity>(this IKubernetesClient client, string name,
        string? @namespace = null, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        ResourceRequests.GetAsync<TEntity>(Api(client), @namespace, name, status: true, cancellationToken);

    /// <summary>Patches with options (field manager, force, subresource).</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="patch">The patch body and strategy.</param>
    /// <param name="name">The object's name.</param>
    /// <param name="namespace">Its namespace; null for cluster-scoped kinds.</param>
    /// <param name="options">Field manager, force and subresource.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    public static Task<TEntity> PatchAsync<TEntity>(this IKubernetesClient client, V1Patch patch, string name,
        string? @namespace, PatchOptions options, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        ResourceRequests.PatchAsync<TEntity>(Api(client), patch, name, @namespace, options, cancellationToken);

    /// <summary>RFC 7386 merge patch: keys overwrite, null deletes, arrays are replaced whole.</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="name">The object's name.</param>
    /// <param name="namespace">Its namespace; null for cluster-scoped kinds.</param>
    /// <param name="patch">The patch: JSON text or an object (anonymous types and JsonNode work).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    public static Task<TEntity> MergePatchAsync<TEntity>(this IKubernetesClient client, string name, string? @namespace,
        object patch, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        client.PatchAsync<TEntity>(new V1Patch(patch, V1Patch.PatchType.MergePatch), name, @namespace, cancellationToken);

    /// <summary>RFC 6902 JSON patch (an array of operations; a failing <c>test</c> gets 422).</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="name">The object's name.</param>
    /// <param name="namespace">Its namespace; null for cluster-scoped kinds.</param>
    /// <param name="operations">The operations: JSON text or an object serializing to an array.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    public static Task<TEntity> JsonPatchAsync<TEntity>(this IKubernetesClient client, string name, string? @namespace,
        object operations, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        client.PatchAsync<TEntity>(new V1Patch(operations, V1Patch.PatchType.JsonPatch), name, @namespace,
            cancellationToken);

    /// <summary>Server-side apply of the caller's full intent; creates the object when absent.</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="entity">The intent: apiVersion, kind, name, namespace and the fields this manager owns.</param>
    /// <param name="fieldManager">The manager name recorded in managedFields.</param>
    /// <param name="force">Take fields another manager owns instead of failing with a conflict.</param>
    /// <param name="subresource">Apply to a subresource, e.g. <c>status</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    public static Task<TEntity> ApplyAsync<TEntity>(this IKubernetesClient client, TEntity entity, string fieldManager,
        bool force = false, string? subresource = null, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrEmpty(fieldManager);
        ResourceRequests.FillTypeMeta(entity);
        var name = entity.Metadata?.Name ?? throw new ArgumentException("Apply needs metadata.name.", nameof(entity));
        return ResourceRequests.PatchAsync<TEntity>(Api(client),
            new V1Patch(KubernetesJson.Serialize(entity), V1Patch.PatchType.ApplyPatch), name, entity.Metadata.NamespaceProperty,
            new PatchOptions { FieldManager = fieldManager, Force = force, Subresource = subresource },
            cancellationToken);
    }

    /// <summary>Patches the status subresource (PATCH <c>…/status</c>).</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="patch">The patch body and strategy.</param>
    /// <param name="name">The object's name.</param>
    /// <param name="namespace">Its namespace; null for cluster-scoped kinds.</param>
    /// <param name="fieldManager">Field manager (required for apply patches).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    public static Task<TEntity> PatchStatusAsync<TEntity>(this IKubernetesClient client, V1Patch patch, string name,
        string? @namespace = null, string? fieldManager = null, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        ResourceRequests.PatchAsync<TEntity>(Api(client), patch, name, @namespace,
            new PatchOptions { Subresource = "status", FieldManager = fieldManager,
                Force = patch?.Type == V1Patch.PatchType.ApplyPatch ? true : null },
            cancellationToken);

    /// <summary>
    /// Deletes with a propagation policy and preconditions. Unlike <see cref="IKubernetesClient.DeleteAsync{TEntity}(string, string?, CancellationToken)"/>,
    /// a missing object throws a 404 and a failed precondition a 409 <see cref="k8s.Autorest.HttpOperationException"/>.
    /// </summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="name">The object's name.</param>
    /// <param name="namespace">Its namespace; null for cluster-scoped kinds.</param>
    /// <param name="options">Propagation policy (send <c>Background</c> for Jobs: their default is Orphan), grace period, preconditions.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The object when finalizers keep it (now with a deletionTimestamp), null when it is gone.</returns>
    public static Task<TEntity?> DeleteAsync<TEntity>(this IKubernetesClient client, string name, string? @namespace,
        V1DeleteOptions options, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        ResourceRequests.DeleteAsync<TEntity>(Api(client), name, @namespace, options, cancellationToken);

    /// <summary>
    /// Watches as typed events, resuming after server timeouts and cut connections from the last
    /// resourceVersion seen (events and bookmarks). A too-old version ends the stream with
    /// a 410 (<see cref="KubernetesErrors.IsGone"/>): re-list, then watch from the list's resourceVersion
    /// (the informer does exactly that).
    /// </summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="namespace">The namespace; null for all namespaces or cluster-scoped kinds.</param>
    /// <param name="options">Start version, selectors, bookmarks, connection timeout.</param>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>The events.</returns>
    public static IAsyncEnumerable<WatchEvent<TEntity>> WatchEventsAsync<TEntity>(this IKubernetesClient client,
        string? @namespace, WatchOptions options, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(options);
        return ResourceRequests.WatchAsync<TEntity>(Api(client), @namespace, options,
            (client as KubernetesClient)?.TimeProvider ?? TimeProvider.System, cancellationToken);
    }

    private static IKubernetes Api(IKubernetesClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.ApiClient;
    }
}
