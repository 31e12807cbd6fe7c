namespace Kube.Operator.Entities.Attributes;

/// <summary>Shows this property as a <c>kubectl get</c> column; its JSON path is derived from where it sits.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AdditionalPrinterColumnAttribute(PrinterColumnPriority priority = PrinterColumnPriority.StandardView, string? name = null) : Attribute
{
    /// <summary>Standard view (0) or wide view (1).</summary>
    public PrinterColumnPriority Priority { get; } = priority;

    /// <summary>Column title; default the property's JSON name.</summary>
    public string? Name { get; } = name;
}
