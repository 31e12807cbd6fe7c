namespace Kube.Operator.Entities.Attributes;

/// <summary>Categories the resource belongs to (e.g. <c>all</c>); not in KubeOps.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KubernetesEntityCategoriesAttribute(params string[] categories) : Attribute
{
    /// <summary>The categories.</summary>
    public IReadOnlyList<string> Categories { get; } = categories;
}
