using Microsoft.Extensions.Logging;

namespace Kube.Operator;

/// <summary>Every log message of the runtime; event ids grouped by area (1xx informer, 2xx controller, 3xx leader election, 4xx events).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Watch of {Kind} expired at resourceVersion {ResourceVersion}; listing again")]
    public static partial void Relisting(ILogger logger, string kind, string? resourceVersion);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Listing {Kind} failed ({Failures} in a row); retrying")]
    public static partial void ListFailed(ILogger logger, string kind, int failures, Exception exception);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Watch of {Kind} failed at resourceVersion {ResourceVersion}; resuming")]
    public static partial void WatchFailed(ILogger logger, string kind, string? resourceVersion, Exception exception);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "An event handler for {Kind} threw")]
    public static partial void HandlerFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Controller for {Kind} started with {Workers} workers")]
    public static partial void ControllerStarted(ILogger logger, string kind, int workers);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug, Message = "Reconciled {Kind} {Key}")]
    public static partial void Reconciled(ILogger logger, string kind, Kube.Operator.Informer.ObjectKey key);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "Reconcile of {Kind} {Key} failed (attempt {Attempt}): {Message}; retrying with backoff")]
    public static partial void ReconcileFailed(ILogger logger, string kind, Kube.Operator.Informer.ObjectKey key, int attempt, string message, Exception? exception);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "Finalizer {Finalizer} of {Kind} {Key} failed (attempt {Attempt}): {Message}; retrying with backoff")]
    public static partial void FinalizeFailed(ILogger logger, string finalizer, string kind, Kube.Operator.Informer.ObjectKey key, int attempt, string message, Exception? exception);

    [LoggerMessage(EventId = 204, Level = LogLevel.Information, Message = "Finalizer {Finalizer} of {Kind} {Key} completed and was removed")]
    public static partial void Finalized(ILogger logger, string finalizer, string kind, Kube.Operator.Informer.ObjectKey key);

    [LoggerMessage(EventId = 205, Level = LogLevel.Information, Message = "Controller for {Kind} stopped")]
    public static partial void ControllerStopped(ILogger logger, string kind);

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "{Identity} became leader of lease {Namespace}/{Name}")]
    public static partial void StartedLeading(ILogger logger, string identity, string @namespace, string name);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "{Identity} lost lease {Namespace}/{Name}: no renewal within {RenewDeadline}")]
    public static partial void StoppedLeading(ILogger logger, string identity, string @namespace, string name, TimeSpan renewDeadline);

    [LoggerMessage(EventId = 302, Level = LogLevel.Debug, Message = "Lease attempt by {Identity} failed")]
    public static partial void LeaseAttemptFailed(ILogger logger, string identity, Exception exception);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information, Message = "{Identity} released lease {Namespace}/{Name}")]
    public static partial void Released(ILogger logger, string identity, string @namespace, string name);

    [LoggerMessage(EventId = 304, Level = LogLevel.Warning, Message = "{Identity} could not release lease {Namespace}/{Name}; the next leader waits for it to expire")]
    public static partial void ReleaseFailed(ILogger logger, string identity, string @namespace, string name, Exception exception);

    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Could not record event {Reason} for {Kind} {Key}")]
    public static partial void EventFailed(ILogger logger, string reason, string? kind, Kube.Operator.Informer.ObjectKey key, Exception exception);
}
