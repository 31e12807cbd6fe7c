namespace Kube.Client;

/// <summary>Parameters of a resuming watch (not in KubernetesClient's API).</summary>
public sealed class WatchOptions
{
    /// <summary>Start after this resourceVersion; null starts with synthetic ADDED events for the current state.</summary>
    public string? ResourceVersion { get; set; }

    /// <summary>Label selector, e.g. <c>app=sender,tier in (a,b)</c>.</summary>
    public string? LabelSelector { get; set; }

    /// <summary>Field selector, e.g. <c>metadata.name=x</c>.</summary>
    public string? FieldSelector { get; set; }

    /// <summary>Ask for BOOKMARK events, which advance the resume point without data. Default true.</summary>
    public bool AllowWatchBookmarks { get; set; } = true;

    /// <summary>Yield BOOKMARK events to the caller (they always advance the resume point). Default false.</summary>
    public bool YieldBookmarks { get; set; }

    /// <summary>
    /// Server-side duration of one watch connection; when it ends the watch reconnects from the last
    /// resourceVersion. Null picks a random 5–10 minutes per connection, as client-go does.
    /// </summary>
    public int? TimeoutSeconds { get; set; }
}
