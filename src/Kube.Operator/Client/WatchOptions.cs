namespace Kube.Operator.Client;

/// <summary>Where a watch starts and what it asks for.</summary>
public sealed class WatchOptions
{
    /// <summary>Start after this version; null starts with the current state as ADDED events.</summary>
    public string? ResourceVersion { get; set; }

    /// <summary>Label selector.</summary>
    public string? LabelSelector { get; set; }

    /// <summary>Field selector.</summary>
    public string? FieldSelector { get; set; }

    /// <summary>Ask the server for BOOKMARK events (default true); they advance the resume point.</summary>
    public bool AllowWatchBookmarks { get; set; } = true;

    /// <summary>Also hand BOOKMARK events to the caller (default false: they only advance the resume point).</summary>
    public bool YieldBookmarks { get; set; }

    /// <summary>Server-side timeout of each connection; null picks 5–10 minutes at random, like client-go.</summary>
    public int? TimeoutSeconds { get; set; }
}
