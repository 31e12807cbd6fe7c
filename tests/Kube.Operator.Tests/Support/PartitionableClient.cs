using k8s;
using k8s.Models;
using Kube.Operator.Client;

namespace Kube.Operator.Tests.Support;

/// <summary>Forwards to a real client until <see cref="Partitioned"/> is set; then every call fails like a network cut.</summary>
public sealed class PartitionableClient(IKubernetesClient inner) : IKubernetesClient
{
    private volatile bool _partitioned;

    public bool Partitioned { get => _partitioned; set => _partitioned = value; }

    public IKubernetes ApiClient => inner.ApiClient;

    public Uri BaseUri => inner.BaseUri;

    private void Check()
    {
        if (_partitioned) throw new HttpRequestException("partitioned from the API server (test)");
    }

    public Task<string> GetCurrentNamespaceAsync(string downwardApiEnvName = "POD_NAMESPACE", CancellationToken cancellationToken = default) =>
        inner.GetCurrentNamespaceAsync(downwardApiEnvName, cancellationToken);

    public Task<TEntity?> GetAsync<TEntity>(string name, string? @namespace = null, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        Check();
        return inner.GetAsync<TEntity>(name, @namespace, cancellationToken);
    }

    public Task<IList<TEntity>> ListAsync<TEntity>(string? @namespace = null, string? labelSelector = null, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        Check();
        return inner.ListAsync<TEntity>(@namespace, labelSelector, cancellationToken);
    }

    public Task<TEntity> CreateAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        Check();
        return inner.CreateAsync(entity, cancellationToken);
    }

    public Task<TEntity> UpdateAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        Check();
        return inner.UpdateAsync(entity, cancellationToken);
    }

    public Task<TEntity> UpdateStatusAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        Check();
        return inner.UpdateStatusAsync(entity, cancellationToken);
    }

    public Task<TEntity> PatchAsync<TEntity>(V1Patch patch, string name, string? @namespace = null, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        Check();
        return inner.PatchAsync<TEntity>(patch, name, @namespace, cancellationToken);
    }

    public Task DeleteAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        Check();
        return inner.DeleteAsync(entity, cancellationToken);
    }

    public Task DeleteAsync<TEntity>(string name, string? @namespace = null, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        Check();
        return inner.DeleteAsync<TEntity>(name, @namespace, cancellationToken);
    }

    public IAsyncEnumerable<(WatchEventType Type, TEntity Entity)> WatchAsync<TEntity>(string? @namespace = null, string? resourceVersion = null,
        string? labelSelector = null, bool? allowWatchBookmarks = null, CancellationToken cancellationToken = default)
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        Check();
        return inner.WatchAsync<TEntity>(@namespace, resourceVersion, labelSelector, allowWatchBookmarks, cancellationToken);
    }

    public void Dispose()
    {
    }
}
