namespace Kube.Client.Http;

/// <summary>
/// Builds kube-apiserver URLs: <c>/api/v1</c> for the core group, <c>/apis/{group}/{version}</c> otherwise,
/// with <c>/namespaces/{ns}</c> for namespaced requests (a null namespace means cluster-scoped, or all
/// namespaces for a list or watch).
/// </summary>
internal static class ResourcePath
{
    public static string Collection(ResourceType type, string? @namespace)
    {
        var prefix = type.Group.Length == 0 ? $"/api/{type.Version}" : $"/apis/{type.Group}/{type.Version}";
        return @namespace is null
            ? $"{prefix}/{type.Plural}"
            : $"{prefix}/namespaces/{Uri.EscapeDataString(@namespace)}/{type.Plural}";
    }

    public static string Object(ResourceType type, string? @namespace, string name, string? subresource = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var path = $"{Collection(type, @namespace)}/{Uri.EscapeDataString(name)}";
        return subresource is null ? path : $"{path}/{subresource}";
    }

    /// <summary>Appends the non-null parameters as a query string, escaped.</summary>
    public static string WithQuery(string path, params (string Name, string? Value)[] parameters)
    {
        var pairs = parameters.Where(p => p.Value is not null)
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}")
            .ToList();
        return pairs.Count == 0 ? path : $"{path}?{string.Join('&', pairs)}";
    }
}
