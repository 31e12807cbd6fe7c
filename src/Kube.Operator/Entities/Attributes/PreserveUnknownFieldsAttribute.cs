namespace Kube.Operator.Entities.Attributes;

/// <summary>Keeps unknown fields below this property (<c>x-kubernetes-preserve-unknown-fields</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PreserveUnknownFieldsAttribute : Attribute
{
}
