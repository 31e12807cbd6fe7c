namespace Kube.Operator.Events;

/// <summary>The type of a Kubernetes Event.</summary>
public enum EventType
{
    /// <summary>Something expected happened.</summary>
    Normal,

    /// <summary>Something a person may need to look at.</summary>
    Warning,
}
