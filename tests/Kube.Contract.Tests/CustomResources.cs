using System.Runtime.CompilerServices;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

/// <summary>
/// One test CRD's namespaced objects, typed: plain CRUD through the package's <see cref="GenericClient"/>,
/// the calls it does not offer (query options, the status subresource, watch from a resourceVersion)
/// through <see cref="IKubernetes.CustomObjects"/> with the same types.
/// </summary>
public sealed class CustomResources<T>(IKubernetes client, string plural)
    where T : class, IKubernetesObject<V1ObjectMeta>
{
    private const string Version = "v1";

    private GenericClient NewGeneric() => new(client, TestCrds.Group, Version, plural, disposeClient: false);

    public async Task<T> CreateAsync(T obj)
    {
        using var generic = NewGeneric();
        return await generic.CreateNamespacedAsync(obj, obj.Metadata.NamespaceProperty);
    }

    public async Task<T> GetAsync(string ns, string name)
    {
        using var generic = NewGeneric();
        return await generic.ReadNamespacedAsync<T>(ns, name);
    }

    /// <summary>Reads the object, or null when the server answers 404.</summary>
    public async Task<T?> FindAsync(string ns, string name)
    {
        try
        {
            return await GetAsync(ns, name);
        }
        catch (k8s.Autorest.HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<T> ReplaceAsync(T obj)
    {
        using var generic = NewGeneric();
        return await generic.ReplaceNamespacedAsync(obj, obj.Metadata.NamespaceProperty, obj.Metadata.Name);
    }

    public Task<CustomResourceList<T>> ListAsync(string ns, string? labelSelector = null) =>
        client.CustomObjects.ListNamespacedCustomObjectAsync<CustomResourceList<T>>(TestCrds.Group, Version, ns, plural,
            labelSelector: labelSelector);

    public Task<T> PatchAsync(V1Patch patch, string ns, string name, string? fieldManager = null, bool? force = null) =>
        client.CustomObjects.PatchNamespacedCustomObjectAsync<T>(patch, TestCrds.Group, Version, ns, plural, name,
            fieldManager: fieldManager, force: force);

    public Task<T> MergePatchAsync(string ns, string name, object patch) =>
        PatchAsync(new V1Patch(patch, V1Patch.PatchType.MergePatch), ns, name);

    /// <summary>Server-side apply of <paramref name="intent"/> as <paramref name="fieldManager"/>.</summary>
    public Task<T> ApplyAsync(T intent, string fieldManager, bool? force = null) =>
        PatchAsync(new V1Patch(intent, V1Patch.PatchType.ApplyPatch), intent.Metadata.NamespaceProperty, intent.Metadata.Name,
            fieldManager, force);

    public Task<T> ReplaceStatusAsync(T obj) =>
        client.CustomObjects.ReplaceNamespacedCustomObjectStatusAsync<T>(obj, TestCrds.Group, Version,
            obj.Metadata.NamespaceProperty, plural, obj.Metadata.Name);

    public Task<T> PatchStatusAsync(V1Patch patch, string ns, string name) =>
        client.CustomObjects.PatchNamespacedCustomObjectStatusAsync<T>(patch, TestCrds.Group, Version, ns, plural, name);

    public Task<T> GetStatusAsync(string ns, string name) =>
        client.CustomObjects.GetNamespacedCustomObjectStatusAsync<T>(TestCrds.Group, Version, ns, plural, name);

    /// <summary>Deletes; the answer is the object (kept for finalizers) or a <c>Status</c>, so it stays raw JSON.</summary>
    public Task<JsonElement> DeleteAsync(string ns, string name, V1DeleteOptions? options = null) =>
        client.CustomObjects.DeleteNamespacedCustomObjectAsync<JsonElement>(TestCrds.Group, Version, ns, plural, name, options);

    /// <summary>Watches the namespace from <paramref name="resourceVersion"/>; watch ERROR events go to <paramref name="onError"/>.</summary>
    public async IAsyncEnumerable<(WatchEventType Type, T Object)> WatchAsync(string ns, string? resourceVersion,
        Action<Exception>? onError = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var events = client.CustomObjects.WatchListNamespacedCustomObjectAsync(TestCrds.Group, Version, ns, plural,
            resourceVersion: resourceVersion, onError: onError, cancellationToken: cancellationToken);
        await foreach (var (type, obj) in events)
            yield return (type, KubernetesJson.Deserialize<T>(((JsonElement)obj).GetRawText()));
    }
}
