namespace Kube.Operator.Entities.Attributes;

/// <summary>Numeric lower bound (schema <c>minimum</c>, optionally exclusive).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RangeMinimumAttribute : Attribute
{
    /// <summary>The bound.</summary>
    public double Minimum { get; set; }

    /// <summary>True excludes the bound itself.</summary>
    public bool ExclusiveMinimum { get; set; }
}
