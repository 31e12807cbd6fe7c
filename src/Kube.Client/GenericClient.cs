using Kube.Client.Http;
using Kube.Client.Models;

namespace Kube.Client;

/// <summary>
/// KubernetesClient's untyped-path client: one resource (group, version, plural) given at construction,
/// any model type per call. For new code prefer <see cref="KubernetesClient.IKubernetesClient"/>, which derives
/// paths from the model's <see cref="KubernetesEntityAttribute"/>.
/// </summary>
public sealed class GenericClient : IDisposable
{
    private readonly Kubernetes _kubernetes;
    private readonly bool _disposeClient;
    private readonly ResourceType _type;
    private readonly ResourceOperations _operations;

    /// <summary>Creates a client for one resource over an existing connection.</summary>
    /// <param name="kubernetes">The connection (a <see cref="Kubernetes"/>).</param>
    /// <param name="group">API group; empty for the core group.</param>
    /// <param name="version">API version.</param>
    /// <param name="plural">Plural resource name.</param>
    /// <param name="disposeClient">Dispose the connection with this client.</param>
    public GenericClient(IKubernetes kubernetes, string group, string version, string plural, bool disposeClient = true)
    {
        _kubernetes = kubernetes as Kubernetes
            ?? throw new ArgumentException("The connection must be a Kube.Client.Kubernetes.", nameof(kubernetes));
        ArgumentNullException.ThrowIfNull(group);
        ArgumentException.ThrowIfNullOrEmpty(version);
        ArgumentException.ThrowIfNullOrEmpty(plural);
        _disposeClient = disposeClient;
        _type = new ResourceType(group, version, plural, "");
        _operations = new ResourceOperations(_kubernetes.Connection);
    }

    /// <summary>Creates a client for one resource with its own connection.</summary>
    /// <param name="config">Where the server is and how to authenticate.</param>
    /// <param name="group">API group; empty for the core group.</param>
    /// <param name="version">API version.</param>
    /// <param name="plural">Plural resource name.</param>
    public GenericClient(KubernetesClientConfiguration config, string group, string version, string plural)
        : this(new Kubernetes(config), group, version, plural, disposeClient: true)
    {
    }

    /// <summary>Creates a cluster-scoped object.</summary>
    /// <typeparam name="T">Model type.</typeparam>
    /// <param name="obj">The object.</param>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    public Task<T> CreateAsync<T>(T obj, CancellationToken cancel = default) =>
        _operations.CreateAsync(_type, null, obj, null, cancel);

    /// <summary>Creates a namespaced object.</summary>
    /// <typeparam name="T">Model type.</typeparam>
    /// <param name="obj">The object.</param>
    /// <param name="ns">The namespace.</param>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    public Task<T> CreateNamespacedAsync<T>(T obj, string ns, CancellationToken cancel = default) =>
        _operations.CreateAsync(_type, ns, obj, null, cancel);

    /// <summary>Lists cluster-wide (or all namespaces).</summary>
    /// <typeparam name="T">The list model type, e.g. <see cref="EntityList{TEntity}"/>.</typeparam>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The list.</returns>
    public async Task<T> ListAsync<T>(CancellationToken cancel = default) =>
        ResourceOperations.Deserialize<T>(await _operations.Connection.SendForTextAsync(HttpMethod.Get,
            ResourcePath.Collection(_type, null), null, retryable: true, cancel), _type.Plural);

    /// <summary>Lists one namespace.</summary>
    /// <typeparam name="T">The list model type, e.g. <see cref="EntityList{TEntity}"/>.</typeparam>
    /// <param name="ns">The namespace.</param>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The list.</returns>
    public async Task<T> ListNamespacedAsync<T>(string ns, CancellationToken cancel = default) =>
        ResourceOperations.Deserialize<T>(await _operations.Connection.SendForTextAsync(HttpMethod.Get,
            ResourcePath.Collection(_type, ns), null, retryable: true, cancel), _type.Plural);

    /// <summary>Reads a cluster-scoped object.</summary>
    /// <typeparam name="T">Model type.</typeparam>
    /// <param name="name">Its name.</param>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The object (<see cref="Autorest.NotFoundException"/> when missing).</returns>
    public Task<T> ReadAsync<T>(string name, CancellationToken cancel = default) =>
        _operations.GetAsync<T>(_type, null, name, null, cancel);

    /// <summary>Reads a namespaced object.</summary>
    /// <typeparam name="T">Model type.</typeparam>
    /// <param name="ns">The namespace.</param>
    /// <param name="name">Its name.</param>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The object (<see cref="Autorest.NotFoundException"/> when missing).</returns>
    public Task<T> ReadNamespacedAsync<T>(string ns, string name, CancellationToken cancel = default) =>
        _operations.GetAsync<T>(_type, ns, name, null, cancel);

    /// <summary>Replaces a cluster-scoped object.</summary>
    /// <typeparam name="T">Model type.</typeparam>
    /// <param name="obj">The full object.</param>
    /// <param name="name">Its name.</param>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    public Task<T> ReplaceAsync<T>(T obj, string name, CancellationToken cancel = default) =>
        _operations.ReplaceAsync(_type, null, name, obj, null, null, cancel);

    /// <summary>Replaces a namespaced object.</summary>
    /// <typeparam name="T">Model type.</typeparam>
    /// <param name="obj">The full object.</param>
    /// <param name="ns">The namespace.</param>
    /// <param name="name">Its name.</param>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    public Task<T> ReplaceNamespacedAsync<T>(T obj, string ns, string name, CancellationToken cancel = default) =>
        _operations.ReplaceAsync(_type, ns, name, obj, null, null, cancel);

    /// <summary>Patches a cluster-scoped object.</summary>
    /// <typeparam name="T">Model type.</typeparam>
    /// <param name="patch">The patch.</param>
    /// <param name="name">Its name.</param>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    public Task<T> PatchAsync<T>(V1Patch patch, string name, CancellationToken cancel = default) =>
        _operations.PatchAsync<T>(_type, null, name, patch, null, cancel);

    /// <summary>Patches a namespaced object.</summary>
    /// <typeparam name="T">Model type.</typeparam>
    /// <param name="patch">The patch.</param>
    /// <param name="ns">The namespace.</param>
    /// <param name="name">Its name.</param>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The stored object.</returns>
    public Task<T> PatchNamespacedAsync<T>(V1Patch patch, string ns, string name, CancellationToken cancel = default) =>
        _operations.PatchAsync<T>(_type, ns, name, patch, null, cancel);

    /// <summary>Deletes a cluster-scoped object.</summary>
    /// <typeparam name="T">The response type: the object, or <see cref="V1Status"/> (the server sends either).</typeparam>
    /// <param name="name">Its name.</param>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The server's answer.</returns>
    public Task<T> DeleteAsync<T>(string name, CancellationToken cancel = default) => DeleteCoreAsync<T>(null, name, cancel);

    /// <summary>Deletes a namespaced object.</summary>
    /// <typeparam name="T">The response type: the object, or <see cref="V1Status"/> (the server sends either).</typeparam>
    /// <param name="ns">The namespace.</param>
    /// <param name="name">Its name.</param>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The server's answer.</returns>
    public Task<T> DeleteNamespacedAsync<T>(string ns, string name, CancellationToken cancel = default) =>
        DeleteCoreAsync<T>(ns, name, cancel);

    private async Task<T> DeleteCoreAsync<T>(string? ns, string name, CancellationToken cancel)
    {
        var path = ResourcePath.Object(_type, ns, name);
        return ResourceOperations.Deserialize<T>(await _operations.Connection.SendForTextAsync(HttpMethod.Delete, path,
            null, retryable: false, cancel), path);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposeClient) _kubernetes.Dispose();
    }
}
