using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Kube.TestApiServer.Internal;

/// <summary>Legacy (plain application/json) discovery documents: /version, /api, /api/v1, /apis, /apis/{g}[/{v}].</summary>
internal static class Discovery
{
    public static JsonObject Version() => new()
    {
        ["major"] = "1",
        ["minor"] = "33",
        ["gitVersion"] = "v1.33.0-kube-testapiserver",
        ["gitCommit"] = "0000000000000000000000000000000000000000",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "2025-01-01T00:00:00Z",
        ["goVersion"] = "go1.24",
        ["compiler"] = "gc",
        ["platform"] = "linux/amd64",
    };

    public static JsonObject ApiVersions(HttpContext context) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject
        {
            ["clientCIDR"] = "0.0.0.0/0",
            ["serverAddress"] = context.Request.Host.ToString(),
        }),
    };

    public static JsonObject GroupList(ResourceRegistry registry)
    {
        var groups = new JsonArray();
        foreach (var name in registry.All.Where(t => t.Group.Length > 0).Select(t => t.Group).Distinct().Order(StringComparer.Ordinal))
            groups.Add(GroupBody(registry, name));
        return new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = groups };
    }

    public static JsonObject? Group(ResourceRegistry registry, string name)
    {
        if (!registry.All.Any(t => t.Group == name && name.Length > 0)) return null;
        var body = GroupBody(registry, name);
        body["kind"] = "APIGroup";
        body["apiVersion"] = "v1";
        return body;
    }

    private static JsonObject GroupBody(ResourceRegistry registry, string name)
    {
        var versions = registry.All.Where(t => t.Group == name).Select(t => t.Version).Distinct()
            .OrderByDescending(VersionPriority).ToList();
        var array = new JsonArray();
        foreach (var v in versions) array.Add(new JsonObject { ["groupVersion"] = $"{name}/{v}", ["version"] = v });
        return new JsonObject
        {
            ["name"] = name,
            ["versions"] = array,
            ["preferredVersion"] = new JsonObject { ["groupVersion"] = $"{name}/{versions[0]}", ["version"] = versions[0] },
        };
    }

    /// <summary>Kubernetes version priority: GA over beta over alpha, higher numbers first.</summary>
    public static (int Stability, int Major, int Minor) VersionPriority(string version)
    {
        var m = System.Text.RegularExpressions.Regex.Match(version, @"^v(\d+)(?:(alpha|beta)(\d+))?$");
        if (!m.Success) return (-1, 0, 0);
        var stability = m.Groups[2].Value switch { "" => 2, "beta" => 1, _ => 0 };
        var minor = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (stability, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), minor);
    }

    public static JsonObject ResourceList(ResourceRegistry registry, string group, string version)
    {
        var resources = new JsonArray();
        foreach (var t in registry.All.Where(t => t.Group == group && t.Version == version).OrderBy(t => t.Plural, StringComparer.Ordinal))
        {
            var entry = new JsonObject
            {
                ["name"] = t.Plural,
                ["singularName"] = t.Singular,
                ["namespaced"] = t.Namespaced,
                ["kind"] = t.Kind,
                ["verbs"] = new JsonArray(ResourceType.AllVerbs.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
            };
            if (t.ShortNames.Count > 0) entry["shortNames"] = new JsonArray(t.ShortNames.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
            if (t.Categories.Count > 0) entry["categories"] = new JsonArray(t.Categories.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
            resources.Add(entry);
            if (t.HasStatus)
                resources.Add(new JsonObject
                {
                    ["name"] = t.Plural + "/status",
                    ["singularName"] = "",
                    ["namespaced"] = t.Namespaced,
                    ["kind"] = t.Kind,
                    ["verbs"] = new JsonArray("get", "patch", "update"),
                });
        }
        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? version : $"{group}/{version}",
            ["resources"] = resources,
        };
    }
}
