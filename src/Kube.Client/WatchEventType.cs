namespace Kube.Client;

/// <summary>The <c>type</c> of one event in a watch stream.</summary>
public enum WatchEventType
{
    /// <summary>The object was created, or appeared for the watch (selector match, initial state).</summary>
    Added,

    /// <summary>The object changed.</summary>
    Modified,

    /// <summary>The object was removed, or stopped matching the watch's selector.</summary>
    Deleted,

    /// <summary>The server reports an error; the object is a Status.</summary>
    Error,

    /// <summary>Progress marker: only <c>metadata.resourceVersion</c> is meaningful.</summary>
    Bookmark,
}
