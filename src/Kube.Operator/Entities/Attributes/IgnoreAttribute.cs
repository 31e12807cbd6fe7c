namespace Kube.Operator.Entities.Attributes;

/// <summary>Leaves the property out of the generated schema.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IgnoreAttribute : Attribute
{
}
