namespace Kube.TestApiServer;

/// <summary>Settings of an embedded <see cref="TestApiServer"/>.</summary>
public sealed class TestApiServerOptions
{
    /// <summary>
    /// Number of change events retained for watch resumption; a watch or list-then-watch from a
    /// resourceVersion older than the oldest retained event gets 410 Gone (Status reason "Expired").
    /// </summary>
    public int WatchHistoryLimit { get; set; } = 10_000;

    /// <summary>Server-side watch timeout when the request has no timeoutSeconds (real default is 30-60 min).</summary>
    public TimeSpan DefaultWatchTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Folder of CRD YAML/JSON files to install at start (e.g. config/crds), optional.</summary>
    public string? CrdDirectory { get; set; }

    /// <summary>Clock for creationTimestamp, deletionTimestamp and managedFields times.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// How long a watch that asked for bookmarks may stay silent before the server sends a BOOKMARK
    /// (kube-apiserver sends about one a minute; a shorter default keeps tests quick). A bookmark is
    /// also sent just before a watch ends at its timeout.
    /// </summary>
    public TimeSpan BookmarkInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// When true, requests without an <c>Authorization: Bearer …</c> header get 401 Unauthorized
    /// (any token is accepted). Off by default so raw-HTTP tests need no header.
    /// </summary>
    public bool RequireAuthentication { get; set; }
}
