using k8s;
using k8s.Models;

namespace Kube.Operator.Client;

/// <summary>
/// Generic client for any kind whose model carries <see cref="KubernetesEntityAttribute"/> (the shape of
/// KubeOps' <c>IKubernetesClient</c>, async members only). Namespaced kinds take a namespace; a null
/// namespace means a cluster-scoped kind, or all namespaces for list and watch. Extra operations
/// (paging, patch helpers, delete options, status, resuming watch) are in <see cref="KubernetesClientExtensions"/>.
/// </summary>
public interface IKubernetesClient : IDisposable
{
    /// <summary>The underlying API connection.</summary>
    IKubernetes ApiClient { get; }

    /// <summary>Base URL of the API server.</summary>
    Uri BaseUri { get; }

    /// <summary>
    /// The namespace this process works in: the configuration's namespace, else the environment variable
    /// <paramref name="downwardApiEnvName"/>, else the service-account namespace file, else <c>default</c>.
    /// </summary>
    /// <param name="downwardApiEnvName">Environment variable set through the downward API.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The namespace.</returns>
    Task<string> GetCurrentNamespaceAsync(string downwardApiEnvName = "POD_NAMESPACE",
        CancellationToken cancellationToken = default);

    /// <summary>Reads one object.</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="name">The object's name.</param>
    /// <param name="namespace">Its namespace; null for cluster-scoped kinds.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The object, or null when it does not exist.</returns>
    Task<TEntity?> GetAsync<TEntity>(string name, string? @namespace = null, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>;

    /// <summary>Lists objects (one request, no paging; see <see cref="KubernetesClientExtensions.ListAllAsync{TEntity}"/>).</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="namespace">The namespace; null for all namespaces or cluster-scoped kinds.</param>
    /// <param name="labelSelector">Optional label selector.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The objects.</returns>
    Task<IList<TEntity>> ListAsync<TEntity>(string? @namespace = null, string? labelSelector = null,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>;

    /// <summary>Creates the object (POST); never retried, so a failure never creates twice.</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="entity">The object; its metadata namespace selects the URL.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    Task<TEntity> CreateAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>;

    /// <summary>Replaces the object (PUT); with <c>metadata.resourceVersion</c> set, a stale copy gets a 409 (<see cref="KubernetesErrors.IsConflict"/>).</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="entity">The full object.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    Task<TEntity> UpdateAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>;

    /// <summary>Replaces the status subresource (PUT <c>…/status</c>); the server takes only <c>status</c> from it.</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="entity">The object with its new status and current resourceVersion.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    Task<TEntity> UpdateStatusAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>;

    /// <summary>Patches an object by name.</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="patch">The patch body and strategy.</param>
    /// <param name="name">The object's name.</param>
    /// <param name="namespace">Its namespace; null for cluster-scoped kinds.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    Task<TEntity> PatchAsync<TEntity>(V1Patch patch, string name, string? @namespace = null,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>;

    /// <summary>Deletes the object by its name and namespace; a missing object is not an error (as in KubeOps).</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="entity">The object.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the server accepted the deletion.</returns>
    Task DeleteAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>;

    /// <summary>Deletes an object by name; a missing object is not an error (as in KubeOps).</summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="name">The object's name.</param>
    /// <param name="namespace">Its namespace; null for cluster-scoped kinds.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the server accepted the deletion.</returns>
    Task DeleteAsync<TEntity>(string name, string? @namespace = null, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>;

    /// <summary>
    /// Watches objects as an async stream. It resumes by itself after server timeouts and broken
    /// connections; a too-old resourceVersion ends it with a 410 <see cref="k8s.Autorest.HttpOperationException"/> (<see cref="KubernetesErrors.IsGone"/>).
    /// </summary>
    /// <typeparam name="TEntity">The model type.</typeparam>
    /// <param name="namespace">The namespace; null for all namespaces or cluster-scoped kinds.</param>
    /// <param name="resourceVersion">Start after this version; null starts with the current state as ADDED events.</param>
    /// <param name="labelSelector">Optional label selector.</param>
    /// <param name="allowWatchBookmarks">Ask for (and yield) BOOKMARK events.</param>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>The events.</returns>
    IAsyncEnumerable<(WatchEventType Type, TEntity Entity)> WatchAsync<TEntity>(string? @namespace = null,
        string? resourceVersion = null, string? labelSelector = null, bool? allowWatchBookmarks = null,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>;
}
