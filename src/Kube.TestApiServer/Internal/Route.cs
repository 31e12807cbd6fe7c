namespace Kube.TestApiServer.Internal;

/// <summary>A resource URL resolved: the resource, namespace (null = cluster or all namespaces), name and subresource.</summary>
internal sealed record Route(ResourceType Type, string? Namespace, string? Name, string? Subresource)
{
    public bool IsCollection => Name is null;

    /// <summary>
    /// Parses the part after <c>/api/v1</c> or <c>/apis/{g}/{v}</c>. Null when it names nothing served
    /// (the caller answers 404 "the server could not find the requested resource").
    /// </summary>
    public static Route? Parse(ResourceRegistry registry, string group, string version, string[] rest)
    {
        if (rest.Length == 0 || rest.Any(s => s.Length == 0)) return null;
        if (rest[0] == "namespaces" && group.Length == 0 && version == "v1")
        {
            var namespaces = ResourceRegistry.Namespaces;
            switch (rest.Length)
            {
                case 1: return new Route(namespaces, null, null, null);
                case 2: return new Route(namespaces, null, rest[1], null);
                case 3 when rest[2] == "status": return new Route(namespaces, null, rest[1], rest[2]);
            }
        }
        if (rest[0] == "namespaces" && rest.Length >= 3)
        {
            var type = registry.Find(group, version, rest[2]);
            if (type is null || !type.Namespaced || rest.Length > 5) return null;
            return Build(type, rest[1], rest.Length > 3 ? rest[3] : null, rest.Length > 4 ? rest[4] : null);
        }
        var clusterType = registry.Find(group, version, rest[0]);
        if (clusterType is null || rest.Length > 3) return null;
        // A namespaced resource without a namespace is only its all-namespaces collection (list/watch).
        if (clusterType.Namespaced && rest.Length > 1) return null;
        return Build(clusterType, null, rest.Length > 1 ? rest[1] : null, rest.Length > 2 ? rest[2] : null);
    }

    private static Route? Build(ResourceType type, string? ns, string? name, string? subresource)
    {
        if (subresource is not null && !(subresource == "status" && type.HasStatus)) return null;
        return new Route(type, ns, name, subresource);
    }
}
