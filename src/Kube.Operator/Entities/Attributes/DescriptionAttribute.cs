namespace Kube.Operator.Entities.Attributes;

/// <summary>The schema <c>description</c> of a property or entity (what <c>kubectl explain</c> shows).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class DescriptionAttribute(string description) : Attribute
{
    /// <summary>The text.</summary>
    public string Description { get; } = description;
}
