using System.Reflection;
using k8s.Models;

namespace Kube.Operator;

/// <summary>Group, version, kind and plural of an entity type, read from its <see cref="KubernetesEntityAttribute"/>.</summary>
/// <param name="Group">The API group; empty for the core group.</param>
/// <param name="Version">The version.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Plural">The lowercase plural resource name.</param>
public sealed record EntityMetadata(string Group, string Version, string Kind, string Plural)
{
    /// <summary><c>group/version</c>, or just the version for the core group.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>Reads the attribute of <paramref name="type"/>.</summary>
    /// <param name="type">An entity type.</param>
    /// <returns>Its metadata.</returns>
    /// <exception cref="InvalidOperationException">The type has no usable attribute.</exception>
    public static EntityMetadata Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var attribute = type.GetCustomAttribute<KubernetesEntityAttribute>()
            ?? throw new InvalidOperationException($"{type.Name} has no [KubernetesEntity] attribute.");
        if (string.IsNullOrEmpty(attribute.Kind) || string.IsNullOrEmpty(attribute.ApiVersion) || string.IsNullOrEmpty(attribute.PluralName))
            throw new InvalidOperationException($"[KubernetesEntity] on {type.Name} must set Kind, ApiVersion and PluralName.");
        return new EntityMetadata(attribute.Group ?? "", attribute.ApiVersion, attribute.Kind, attribute.PluralName);
    }

    /// <inheritdoc cref="Of(Type)"/>
    /// <typeparam name="TEntity">An entity type.</typeparam>
    public static EntityMetadata Of<TEntity>() => Cache<TEntity>.Value;

    private static class Cache<TEntity>
    {
        #pragma warning disable CA2263 // the generic overload is this cache
        public static readonly EntityMetadata Value = Of(typeof(TEntity));
#pragma warning restore CA2263
    }
}
