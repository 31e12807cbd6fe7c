namespace Kube.Operator.Informer;

/// <summary>What an informer tells its handlers.</summary>
public enum InformerEventType
{
    /// <summary>A new object (from a list or a watch ADDED).</summary>
    Added,

    /// <summary>An object changed (its resourceVersion moved).</summary>
    Updated,

    /// <summary>An object is gone; the event carries its last known state.</summary>
    Deleted,

    /// <summary>A periodic replay of a cached object; nothing changed on the server.</summary>
    Resynced,
}
