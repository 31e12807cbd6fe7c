using k8s;

namespace Kube.Operator.Client;

/// <summary>One watch event.</summary>
/// <typeparam name="TEntity">The model type.</typeparam>
/// <param name="Type">Added, Modified, Deleted or Bookmark.</param>
/// <param name="Entity">The object (for a bookmark only its resourceVersion is set).</param>
/// <param name="ResourceVersion">The object's resourceVersion, the point a resumed watch starts after.</param>
public sealed record WatchEvent<TEntity>(WatchEventType Type, TEntity Entity, string? ResourceVersion);
