namespace Kube.Operator.Entities.Attributes;

/// <summary>Short names for <c>kubectl get</c>, e.g. <c>wac</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KubernetesEntityShortNamesAttribute(params string[] shortNames) : Attribute
{
    /// <summary>The names.</summary>
    public IReadOnlyList<string> ShortNames { get; } = shortNames;
}
