using System.Collections.Concurrent;
using System.Reflection;
using Kube.Client.Models;

namespace Kube.Client.Http;

/// <summary>Group, version, plural and kind of a resource: everything a URL and a body's apiVersion need.</summary>
internal sealed record ResourceType(string Group, string Version, string Plural, string Kind)
{
    private static readonly ConcurrentDictionary<Type, ResourceType> Cache = new();

    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    public static ResourceType Of<T>() => Of(typeof(T));

    public static ResourceType Of(Type type) => Cache.GetOrAdd(type, static t =>
    {
        var attribute = t.GetCustomAttribute<KubernetesEntityAttribute>()
            ?? throw new InvalidOperationException(
                $"{t.Name} has no [KubernetesEntity] attribute; the client cannot tell which API resource it is.");
        if (string.IsNullOrEmpty(attribute.ApiVersion) || string.IsNullOrEmpty(attribute.PluralName))
            throw new InvalidOperationException($"[KubernetesEntity] on {t.Name} must set ApiVersion and PluralName.");
        return new ResourceType(attribute.Group ?? "", attribute.ApiVersion, attribute.PluralName, attribute.Kind);
    });
}
