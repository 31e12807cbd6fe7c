using System.Reflection;
using System.Text.Json.Nodes;
using k8s.Models;
using Kube.Operator.Entities.Attributes;

using Kube.Operator.Entities;

namespace Kube.Operator.Crds;

/// <summary>
/// Generates CustomResourceDefinitions (apiextensions.k8s.io/v1) from entity classes: every concrete
/// <see cref="CustomKubernetesEntity"/> subclass with a <see cref="KubernetesEntityAttribute"/> becomes
/// <c>{plural}.{group}.yaml</c> with a structural schema, the status subresource when the entity has a
/// status, short names, categories and printer columns (plus Age).
/// </summary>
public static class CrdGenerator
{
    /// <summary>The CRD of one entity type.</summary>
    /// <param name="entityType">The entity class.</param>
    /// <returns>The CRD as JSON, keys in a stable order.</returns>
    /// <exception cref="InvalidOperationException">The type cannot be expressed as a structural schema.</exception>
    public static JsonObject Generate(Type entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        var meta = EntityMetadata.Of(entityType);
        if (meta.Group.Length == 0) throw new InvalidOperationException($"{entityType.Name}: custom resources need an API group.");
        var visiting = new HashSet<Type>();
        var properties = new JsonObject
        {
            ["apiVersion"] = new JsonObject { ["type"] = "string" },
            ["kind"] = new JsonObject { ["type"] = "string" },
            ["metadata"] = new JsonObject { ["type"] = "object" },
        };
        var spec = entityType.GetProperty("Spec");
        var status = entityType.GetProperty("Status");
        if (spec is not null) properties["spec"] = SchemaBuilder.ForType(spec.PropertyType, spec, visiting);
        if (status is not null) properties["status"] = SchemaBuilder.ForType(status.PropertyType, status, visiting);
        var root = new JsonObject { ["type"] = "object" };
        if (entityType.GetCustomAttribute<DescriptionAttribute>() is { } description) root["description"] = description.Description;
        root["properties"] = properties;

        var version = new JsonObject
        {
            ["name"] = meta.Version,
            ["served"] = true,
            ["storage"] = true,
            ["schema"] = new JsonObject { ["openAPIV3Schema"] = root },
        };
        if (status is not null) version["subresources"] = new JsonObject { ["status"] = new JsonObject() };
        version["additionalPrinterColumns"] = PrinterColumns.For(entityType, properties);

        var names = new JsonObject
        {
            ["kind"] = meta.Kind,
            ["listKind"] = meta.Kind + "List",
            ["plural"] = meta.Plural,
            ["singular"] = meta.Kind.ToLowerInvariant(),
        };
        if (entityType.GetCustomAttribute<KubernetesEntityShortNamesAttribute>() is { ShortNames.Count: > 0 } shortNames)
            names["shortNames"] = Strings(shortNames.ShortNames);
        if (entityType.GetCustomAttribute<KubernetesEntityCategoriesAttribute>() is { Categories.Count: > 0 } categories)
            names["categories"] = Strings(categories.Categories);
        var scope = entityType.GetCustomAttribute<EntityScopeAttribute>()?.Scope ?? EntityScope.Namespaced;

        return new JsonObject
        {
            ["apiVersion"] = "apiextensions.k8s.io/v1",
            ["kind"] = "CustomResourceDefinition",
            ["metadata"] = new JsonObject { ["name"] = $"{meta.Plural}.{meta.Group}" },
            ["spec"] = new JsonObject
            {
                ["group"] = meta.Group,
                ["names"] = names,
                ["scope"] = scope.ToString(),
                ["versions"] = new JsonArray(version),
            },
        };
    }

    /// <summary>The entity types of an assembly that get a CRD.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The types, by full name.</returns>
    public static IReadOnlyList<Type> EntityTypes(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = ex.Types; // types whose dependencies are missing cannot be entities we can describe anyway
        }
        return [.. types.OfType<Type>()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(CustomKubernetesEntity).IsAssignableFrom(t)
                && t.GetCustomAttribute<KubernetesEntityAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];
    }

    /// <summary>The YAML file of every entity of an assembly, by file name <c>{plural}.{group}.yaml</c>.</summary>
    /// <param name="assembly">The assembly holding the entity classes.</param>
    /// <returns>File name to YAML text.</returns>
    public static IReadOnlyDictionary<string, string> GenerateYaml(Assembly assembly) =>
        EntityTypes(assembly).ToDictionary(
            t => $"{Generate(t)["metadata"]!["name"]}.yaml",
            t => CrdYaml.Write(Generate(t), $"Generated from {t.FullName} by Kube.Operator.CrdGenerator; do not edit."),
            StringComparer.Ordinal);

    /// <summary>Writes <see cref="GenerateYaml"/> into <paramref name="directory"/>.</summary>
    /// <param name="assembly">The assembly holding the entity classes.</param>
    /// <param name="directory">The output folder (created if missing), e.g. <c>config/crds</c>.</param>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> WriteAll(Assembly assembly, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, yaml) in GenerateYaml(assembly))
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, yaml);
            written.Add(path);
        }
        return written;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
