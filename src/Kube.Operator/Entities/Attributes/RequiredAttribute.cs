namespace Kube.Operator.Entities.Attributes;

/// <summary>The property must be present (listed in the parent's <c>required</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredAttribute : Attribute
{
}
