namespace Kube.Client.Models;

/// <summary>Shortcuts over <see cref="V1ObjectMeta"/>, named as in KubernetesClient's <c>ModelExtensions</c>.</summary>
public static class ModelExtensions
{
    /// <summary>The object's name.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><c>metadata.name</c>.</returns>
    public static string? Name(this IKubernetesObject<V1ObjectMeta> obj) => Meta(obj).Name;

    /// <summary>The object's namespace.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><c>metadata.namespace</c>.</returns>
    public static string? Namespace(this IKubernetesObject<V1ObjectMeta> obj) => Meta(obj).NamespaceProperty;

    /// <summary>The object's uid.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><c>metadata.uid</c>.</returns>
    public static string? Uid(this IKubernetesObject<V1ObjectMeta> obj) => Meta(obj).Uid;

    /// <summary>The object's resourceVersion.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><c>metadata.resourceVersion</c>.</returns>
    public static string? ResourceVersion(this IKubernetesObject<V1ObjectMeta> obj) => Meta(obj).ResourceVersion;

    /// <summary>The object's generation.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><c>metadata.generation</c>.</returns>
    public static long? Generation(this IKubernetesObject<V1ObjectMeta> obj) => Meta(obj).Generation;

    /// <summary>Whether the object carries <paramref name="finalizer"/>.</summary>
    /// <param name="obj">The object.</param>
    /// <param name="finalizer">The finalizer name.</param>
    /// <returns>True when present.</returns>
    public static bool HasFinalizer(this IKubernetesObject<V1ObjectMeta> obj, string finalizer) =>
        Meta(obj).Finalizers?.Contains(finalizer) == true;

    /// <summary>Adds <paramref name="finalizer"/> unless present.</summary>
    /// <param name="obj">The object.</param>
    /// <param name="finalizer">The finalizer name.</param>
    /// <returns>True when it was added.</returns>
    public static bool AddFinalizer(this IKubernetesObject<V1ObjectMeta> obj, string finalizer)
    {
        var metadata = Meta(obj);
        metadata.Finalizers ??= [];
        if (metadata.Finalizers.Contains(finalizer)) return false;
        metadata.Finalizers.Add(finalizer);
        return true;
    }

    /// <summary>Removes <paramref name="finalizer"/> if present.</summary>
    /// <param name="obj">The object.</param>
    /// <param name="finalizer">The finalizer name.</param>
    /// <returns>True when it was removed.</returns>
    public static bool RemoveFinalizer(this IKubernetesObject<V1ObjectMeta> obj, string finalizer) =>
        Meta(obj).Finalizers?.Remove(finalizer) == true;

    /// <summary>A controller owner reference pointing at <paramref name="owner"/> (controller and blockOwnerDeletion set).</summary>
    /// <param name="owner">The owner, as read from the server (it needs a uid).</param>
    /// <returns>The reference.</returns>
    public static V1OwnerReference MakeOwnerReference(this IKubernetesObject<V1ObjectMeta> owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return new V1OwnerReference
        {
            ApiVersion = owner.ApiVersion,
            Kind = owner.Kind,
            Name = owner.Metadata.Name,
            Uid = owner.Metadata.Uid ?? throw new ArgumentException("The owner has no uid; read it from the server first.", nameof(owner)),
            Controller = true,
            BlockOwnerDeletion = true,
        };
    }

    /// <summary>Adds an owner reference.</summary>
    /// <param name="obj">The dependent.</param>
    /// <param name="ownerReference">The reference.</param>
    public static void AddOwnerReference(this IKubernetesObject<V1ObjectMeta> obj, V1OwnerReference ownerReference)
    {
        var metadata = Meta(obj);
        metadata.OwnerReferences ??= [];
        metadata.OwnerReferences.Add(ownerReference);
    }

    private static V1ObjectMeta Meta(IKubernetesObject<V1ObjectMeta> obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj.Metadata ??= new V1ObjectMeta();
    }
}
