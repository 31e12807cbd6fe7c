namespace Kube.Operator.Entities.Attributes;

/// <summary>Array size bounds (schema <c>minItems</c>/<c>maxItems</c>); -1 leaves a bound out.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ItemsAttribute(long minItems = -1, long maxItems = -1) : Attribute
{
    /// <summary>Minimum count, or -1.</summary>
    public long MinItems { get; } = minItems;

    /// <summary>Maximum count, or -1.</summary>
    public long MaxItems { get; } = maxItems;
}
