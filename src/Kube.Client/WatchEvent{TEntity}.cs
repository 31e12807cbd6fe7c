namespace Kube.Client;

/// <summary>One event of a watch: what happened and the object's state (for Bookmark, only its resourceVersion).</summary>
/// <typeparam name="TEntity">The object type.</typeparam>
/// <param name="Type">Added, Modified, Deleted or Bookmark (errors are thrown, never yielded).</param>
/// <param name="Entity">The object after the change; for Deleted, its last state.</param>
/// <param name="ResourceVersion">The event's resourceVersion, the point a watch resumes from.</param>
public sealed record WatchEvent<TEntity>(WatchEventType Type, TEntity Entity, string? ResourceVersion);
