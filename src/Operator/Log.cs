using Microsoft.Extensions.Logging;

namespace WhatsAppCampaigns.Operator;

/// <summary>The operator's log messages. Event ids: 1xx campaigns, 2xx sessions, 3xx cleanup, 4xx hosting.</summary>
internal static partial class Log
{
    [LoggerMessage(100, LogLevel.Debug, "Reconciled {Namespace}/{Name}: {Phase}, {Sent}/{Valid} sent")]
    public static partial void Reconciled(ILogger logger, string? @namespace, string? name, string? phase, long sent, long valid);

    [LoggerMessage(101, LogLevel.Information, "Created Job {Namespace}/{Job} for run {RunId}")]
    public static partial void JobCreated(ILogger logger, string @namespace, string job, string runId);

    [LoggerMessage(102, LogLevel.Information, "Job {Namespace}/{Job} suspend={Suspend} ({Why})")]
    public static partial void JobSuspended(ILogger logger, string @namespace, string job, bool suspend, string why);

    [LoggerMessage(103, LogLevel.Warning, "Campaign {Namespace}/{Name} cannot run: {Message}")]
    public static partial void InvalidSpec(ILogger logger, string? @namespace, string? name, string message);

    [LoggerMessage(104, LogLevel.Warning, "Progress of {Namespace}/{Name} run {RunId} unreadable: {Error}")]
    public static partial void ProgressUnreadable(ILogger logger, string @namespace, string name, string runId, string error);

    [LoggerMessage(200, LogLevel.Information, "Session {Namespace}/{Name} checked: ready={Ready} ({Reason})")]
    public static partial void SessionChecked(ILogger logger, string @namespace, string? name, bool ready, string reason);

    [LoggerMessage(300, LogLevel.Information, "Stopped Job {Namespace}/{Job} of a deleted campaign")]
    public static partial void JobStopped(ILogger logger, string @namespace, string? job);

    [LoggerMessage(301, LogLevel.Information, "Removed {Count} Redis keys of deleted campaign {Namespace}/{Name}")]
    public static partial void KeysRemoved(ILogger logger, string @namespace, string name, long count);
}
