using System.Runtime.CompilerServices;
using Kube.Client.Autorest;
using Kube.Client.Http;
using Kube.Client.Models;

namespace Kube.Client.KubernetesClient;

/// <summary>The <see cref="IKubernetesClient"/> implementation over a <see cref="Kubernetes"/> connection.</summary>
public sealed class KubernetesClient : IKubernetesClient
{
    private readonly KubernetesClientConfiguration _config;
    private readonly Kubernetes _kubernetes;
    private readonly bool _ownsConnection;

    /// <summary>Connects with <see cref="KubernetesClientConfiguration.BuildDefaultConfig"/>.</summary>
    public KubernetesClient() : this(KubernetesClientConfiguration.BuildDefaultConfig()) { }

    /// <summary>Connects with the given configuration.</summary>
    /// <param name="clientConfig">Where the server is and how to authenticate.</param>
    public KubernetesClient(KubernetesClientConfiguration clientConfig)
        : this(clientConfig, new Kubernetes(clientConfig), ownsConnection: true) { }

    /// <summary>Uses an existing connection (which must be a <see cref="Kubernetes"/>); it is not disposed with this client.</summary>
    /// <param name="clientConfig">The configuration the connection was built from.</param>
    /// <param name="client">The connection.</param>
    public KubernetesClient(KubernetesClientConfiguration clientConfig, IKubernetes client)
        : this(clientConfig, client as Kubernetes
            ?? throw new ArgumentException("The connection must be a Kube.Client.Kubernetes.", nameof(client)), ownsConnection: false) { }

    private KubernetesClient(KubernetesClientConfiguration config, Kubernetes kubernetes, bool ownsConnection)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
        _kubernetes = kubernetes;
        _ownsConnection = ownsConnection;
        Operations = new ResourceOperations(kubernetes.Connection);
    }

    /// <inheritdoc/>
    public IKubernetes ApiClient => _kubernetes;

    /// <inheritdoc/>
    public Uri BaseUri => _kubernetes.BaseUri;

    internal ResourceOperations Operations { get; }

    /// <inheritdoc/>
    public async Task<string> GetCurrentNamespaceAsync(string downwardApiEnvName = "POD_NAMESPACE",
        CancellationToken cancellationToken = default)
    {
        if (_config.Namespace is { Length: > 0 } configured) return configured;
        if (Environment.GetEnvironmentVariable(downwardApiEnvName) is { Length: > 0 } fromEnvironment) return fromEnvironment;
        var file = InClusterEnvironment.Default.NamespacePath;
        if (File.Exists(file)) return (await File.ReadAllTextAsync(file, cancellationToken)).Trim();
        return "default";
    }

    /// <inheritdoc/>
    public async Task<TEntity?> GetAsync<TEntity>(string name, string? @namespace = null,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        try
        {
            return await Operations.GetAsync<TEntity>(ResourceType.Of<TEntity>(), @namespace, name, null, cancellationToken);
        }
        catch (NotFoundException)
        {
            return default;
        }
    }

    /// <inheritdoc/>
    public async Task<IList<TEntity>> ListAsync<TEntity>(string? @namespace = null, string? labelSelector = null,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        (await Operations.ListAsync<TEntity>(ResourceType.Of<TEntity>(), @namespace,
            new ListOptions { LabelSelector = labelSelector }, cancellationToken)).Items;

    /// <inheritdoc/>
    public Task<TEntity> CreateAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Operations.CreateAsync(ResourceType.Of<TEntity>(), entity.Metadata.NamespaceProperty, entity, null,
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<TEntity> UpdateAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Operations.ReplaceAsync(ResourceType.Of<TEntity>(), entity.Metadata.NamespaceProperty,
            NameOf(entity), entity, null, null, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<TEntity> UpdateStatusAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Operations.ReplaceAsync(ResourceType.Of<TEntity>(), entity.Metadata.NamespaceProperty,
            NameOf(entity), entity, "status", null, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<TEntity> PatchAsync<TEntity>(V1Patch patch, string name, string? @namespace = null,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta> =>
        Operations.PatchAsync<TEntity>(ResourceType.Of<TEntity>(), @namespace, name, patch, null, cancellationToken);

    /// <inheritdoc/>
    public Task DeleteAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(entity);
        return DeleteAsync<TEntity>(NameOf(entity), entity.Metadata.NamespaceProperty, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task DeleteAsync<TEntity>(string name, string? @namespace = null,
        CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        try
        {
            await Operations.DeleteAsync<TEntity>(ResourceType.Of<TEntity>(), @namespace, name, null, cancellationToken);
        }
        catch (NotFoundException)
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
        await foreach (var item in Operations.WatchAsync<TEntity>(ResourceType.Of<TEntity>(), @namespace, options,
                           cancellationToken))
            yield return (item.Type, item.Entity);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsConnection) _kubernetes.Dispose();
    }

    private static string NameOf<TEntity>(TEntity entity) where TEntity : IKubernetesObject<V1ObjectMeta> =>
        entity.Metadata.Name is { Length: > 0 } name
            ? name
            : throw new ArgumentException($"{typeof(TEntity).Name} has no metadata.name.", nameof(entity));
}
