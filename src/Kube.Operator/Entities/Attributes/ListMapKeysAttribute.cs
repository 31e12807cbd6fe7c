namespace Kube.Operator.Entities.Attributes;

/// <summary>Marks an array as a map keyed by these item fields (<c>x-kubernetes-list-type: map</c>), as conditions are by <c>type</c>; not in KubeOps.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ListMapKeysAttribute(params string[] keys) : Attribute
{
    /// <summary>The key fields.</summary>
    public IReadOnlyList<string> Keys { get; } = keys;
}
