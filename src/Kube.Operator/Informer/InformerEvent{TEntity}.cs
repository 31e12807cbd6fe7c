namespace Kube.Operator.Informer;

/// <summary>One change seen by an informer.</summary>
/// <typeparam name="TEntity">The object type.</typeparam>
/// <param name="Type">What happened.</param>
/// <param name="Current">The object now (for Deleted, its last known state). Shared with the cache: do not modify it.</param>
/// <param name="Old">The previous cached state for Updated/Resynced, else null.</param>
public sealed record InformerEvent<TEntity>(InformerEventType Type, TEntity Current, TEntity? Old);
