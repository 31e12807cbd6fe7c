using System.Net;

namespace Redis.Client;

/// <summary>
/// Raised when a connection breaks or comes back. Mirrors StackExchange.Redis's
/// <c>ConnectionFailedEventArgs</c>.
/// </summary>
/// <param name="endPoint">The server concerned.</param>
/// <param name="failureType">What went wrong (<see cref="ConnectionFailureType.None"/> on restore).</param>
/// <param name="exception">The cause, when there is one.</param>
public sealed class ConnectionFailedEventArgs(EndPoint endPoint, ConnectionFailureType failureType, Exception? exception) : EventArgs
{
    /// <summary>The server concerned.</summary>
    public EndPoint EndPoint { get; } = endPoint;

    /// <summary>What went wrong.</summary>
    public ConnectionFailureType FailureType { get; } = failureType;

    /// <summary>The cause, when there is one.</summary>
    public Exception? Exception { get; } = exception;

    /// <inheritdoc/>
    public override string ToString() => $"{EndPoint}: {FailureType} {Exception?.Message}";
}
