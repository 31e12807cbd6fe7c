namespace Kube.Operator.Entities.Attributes;

/// <summary>A <c>kubectl get</c> column with an explicit JSON path (for computed or nested values).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class GenericAdditionalPrinterColumnAttribute(string jsonPath, string name, string type) : Attribute
{
    /// <summary>The JSON path, e.g. <c>.status.phase</c>.</summary>
    public string JsonPath { get; } = jsonPath;

    /// <summary>The column title.</summary>
    public string Name { get; } = name;

    /// <summary><c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c> or <c>date</c>.</summary>
    public string Type { get; } = type;

    /// <summary>Column description.</summary>
    public string? Description { get; set; }

    /// <summary>Display format, e.g. <c>date</c>.</summary>
    public string? Format { get; set; }

    /// <summary>Standard view (0) or wide view (1).</summary>
    public PrinterColumnPriority Priority { get; set; }
}
