using System.Runtime.CompilerServices;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Kube.Operator.Client;

/// <summary>
/// The <see cref="IKubernetesClient"/> implementation over the package's <see cref="IKubernetes"/> (its generic
/// custom-object operations serve every kind). Built from a configuration, the connection retries
/// idempotent requests (<see cref="IdempotentRetryHandler"/>).
/// </summary>
public sealed class KubernetesClient : IKubernetesClient
{
    private const string NamespaceFile = "/var/run/secrets/kubernetes.io/serviceaccount/namespace";

    private readonly KubernetesClientConfiguration? _config;
    private readonly IKubernetes _kubernetes;
    private readonly bool _ownsConnection;

    /// <summary>Connects with <see cref="KubernetesClientConfiguration.BuildDefaultConfig"/>.</summary>
    public KubernetesClient() : this(KubernetesClientConfiguration.BuildDefaultConfig()) { }

    /// <summary>Connects with the given configuration, retrying idempotent requests.</summary>
    /// <param name="clientConfig">Where the server is and how to authenticate.</param>
    public KubernetesClient(KubernetesClientConfiguration clientConfig)
        : this(clientConfig, new Kubernetes(clientConfig, new IdempotentRetryHandler()), ownsConnection: true) { }

    /// <summary>Uses an existing connection; it is not disposed with this client.</summary>
    /// <param name="clientConfig">The configuration the connection was built from (its namespace is the current one).</param>
    /// <param name="client">The connection.</param>
    public KubernetesClient(KubernetesClientConfiguration? clientConfig, IKubernetes client)
        : this(clientConfig, client, ownsConnection: false) { }

    private KubernetesClient(KubernetesClientConfiguration? config, IKubernetes kubernetes, bool ownsConnection)
    {
        ArgumentNullException.ThrowIfNull(kubernetes);
        _config = config;
        _kubernetes = kubernetes;
        _ownsConnection = ownsConnection;
    }

    /// <inheritdoc/>
    public IKubernetes ApiClient => _kubernetes;

    /// <inheritdoc/>
    public Uri BaseUri => _kubernetes.BaseUri;

    /// <summary>Clock of the watch's reconnect backoff (tests may replace it).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <inheritdoc/>
    public async Task<string> GetCurrentNamespaceAsync(string downwardApiEnvName = "POD_NAMESPACE",
        CancellationToken cancellationToken = default)
    {
        if (_config?.Namespace is { Length: > 0 } configured) return configured;
        if (Environment.GetEnvironmentVariable(downwardApiEnvName) is { Length: > 0 } fromEnvironment) return fromEnvironment;
        if (File.Exists(NamespaceFile)) return (await File.ReadAllTextAsync(NamespaceFile, cancellationToken)).Trim();
        return "default";
    }

    /// <inheritdoc/>
    public async Task<TEntity?> GetAsync<TEntity>(string name, string? @namespace = null,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        try
        {
            return await ResourceRequests.GetAsync<TEntity>(_kubernetes, @namespace, name, status: false, cancellationToken);
        }
        catch (HttpOperationException e) when (e.IsNotFound())
        {
            return default;
        }
    }

    /// <inheritdoc/>
    public async Task<IList<TEntity>> ListAsync<TEntity>(string? @namespace = null, string? labelSelector = null,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        (await ResourceRequests.ListAsync<TEntity>(_kubernetes, @namespace,
            new ListOptions { LabelSelector = labelSelector }, cancellationToken)).Items;

    /// <inheritdoc/>
    public Task<TEntity> CreateAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        ResourceRequests.CreateAsync(_kubernetes, entity, cancellationToken);

    /// <inheritdoc/>
    public Task<TEntity> UpdateAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        ResourceRequests.ReplaceAsync(_kubernetes, entity, status: false, cancellationToken);

    /// <inheritdoc/>
    public Task<TEntity> UpdateStatusAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        ResourceRequests.ReplaceAsync(_kubernetes, entity, status: true, cancellationToken);

    /// <inheritdoc/>
    public Task<TEntity> PatchAsync<TEntity>(V1Patch patch, string name, string? @namespace = null,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        ResourceRequests.PatchAsync<TEntity>(_kubernetes, patch, name, @namespace, null, cancellationToken);

    /// <inheritdoc/>
    public Task DeleteAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(entity);
        return DeleteAsync<TEntity>(ResourceRequests.NameOf(entity), entity.Metadata.NamespaceProperty, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task DeleteAsync<TEntity>(string name, string? @namespace = null,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        try
        {
            await ResourceRequests.DeleteAsync<TEntity>(_kubernetes, name, @namespace, null, cancellationToken);
        }
        catch (HttpOperationException e) when (e.IsNotFound())
        {
            // Already gone is what the caller wanted.
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<(WatchEventType Type, TEntity Entity)> WatchAsync<TEntity>(string? @namespace = null,
        string? resourceVersion = null, string? labelSelector = null, bool? allowWatchBookmarks = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        var options = new WatchOptions
        {
            ResourceVersion = resourceVersion,
            LabelSelector = labelSelector,
            AllowWatchBookmarks = allowWatchBookmarks ?? false,
            YieldBookmarks = allowWatchBookmarks ?? false,
        };
        await foreach (var item in ResourceRequests.WatchAsync<TEntity>(_kubernetes, @namespace, options, TimeProvider,
                           cancellationToken))
            yield return (item.Type, item.Entity);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsConnection) _kubernetes.Dispose();
    }
}
