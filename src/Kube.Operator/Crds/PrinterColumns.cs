using System.Reflection;
using System.Text.Json.Nodes;
using Kube.Operator.Entities.Attributes;

namespace Kube.Operator.Crds;

/// <summary>The <c>additionalPrinterColumns</c> of an entity: property columns, then class-level ones, then Age.</summary>
internal static class PrinterColumns
{
    public static JsonArray For(Type entityType, JsonObject rootProperties)
    {
        var columns = new JsonArray();
        foreach (var root in new[] { "Spec", "Status" })
            if (entityType.GetProperty(root) is { } property)
                Collect(property.PropertyType, "." + SchemaBuilder.JsonName(property), columns, []);
        foreach (var generic in entityType.GetCustomAttributes<GenericAdditionalPrinterColumnAttribute>())
        {
            var column = new JsonObject { ["name"] = generic.Name, ["type"] = generic.Type, ["jsonPath"] = generic.JsonPath };
            if (generic.Description is not null) column["description"] = generic.Description;
            if (generic.Format is not null) column["format"] = generic.Format;
            if (generic.Priority != PrinterColumnPriority.StandardView) column["priority"] = (int)generic.Priority;
            columns.Add(column);
        }
        columns.Add(new JsonObject { ["name"] = "Age", ["type"] = "date", ["jsonPath"] = ".metadata.creationTimestamp" });
        _ = rootProperties;
        return columns;
    }

    private static void Collect(Type type, string path, JsonArray columns, HashSet<Type> visiting)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!type.IsClass || type == typeof(string) || !visiting.Add(type)) return;
        foreach (var property in SchemaBuilder.SchemaProperties(type))
        {
            var propertyPath = $"{path}.{SchemaBuilder.JsonName(property)}";
            if (property.GetCustomAttribute<AdditionalPrinterColumnAttribute>() is { } attribute)
            {
                var schema = SchemaBuilder.ForType(property.PropertyType, null, []);
                var column = new JsonObject
                {
                    ["name"] = attribute.Name ?? property.Name,
                    ["type"] = ColumnType(schema),
                    ["jsonPath"] = propertyPath,
                };
                if (property.GetCustomAttribute<DescriptionAttribute>() is { } description) column["description"] = description.Description;
                if (attribute.Priority != PrinterColumnPriority.StandardView) column["priority"] = (int)attribute.Priority;
                columns.Add(column);
            }
            Collect(property.PropertyType, propertyPath, columns, visiting);
        }
        visiting.Remove(type);
    }

    private static string ColumnType(JsonObject schema) =>
        schema["format"]?.GetValue<string>() == "date-time" ? "date" : schema["type"]?.GetValue<string>() ?? "string";
}
