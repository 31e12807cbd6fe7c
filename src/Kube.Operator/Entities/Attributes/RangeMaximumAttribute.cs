namespace Kube.Operator.Entities.Attributes;

/// <summary>Numeric upper bound (schema <c>maximum</c>, optionally exclusive).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RangeMaximumAttribute : Attribute
{
    /// <summary>The bound.</summary>
    public double Maximum { get; set; }

    /// <summary>True excludes the bound itself.</summary>
    public bool ExclusiveMaximum { get; set; }
}
