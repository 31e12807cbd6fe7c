namespace Kube.Operator.Entities.Attributes;

/// <summary>Namespaced (default) or cluster-scoped entity.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EntityScopeAttribute(EntityScope scope = EntityScope.Namespaced) : Attribute
{
    /// <summary>The scope.</summary>
    public EntityScope Scope { get; } = scope;
}
