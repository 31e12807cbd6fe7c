namespace Kube.Operator.Entities.Attributes;

/// <summary>Where objects of a kind live.</summary>
public enum EntityScope
{
    /// <summary>In a namespace.</summary>
    Namespaced,

    /// <summary>Cluster-wide.</summary>
    Cluster,
}
