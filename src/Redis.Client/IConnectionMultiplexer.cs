using System.Net;

namespace Redis.Client;

/// <summary>
/// A thread-safe set of connections (one per endpoint) shared by the whole process. Mirrors
/// StackExchange.Redis's <c>IConnectionMultiplexer</c> (subset; async only).
/// </summary>
public interface IConnectionMultiplexer : IDisposable, IAsyncDisposable
{
    /// <summary>True when at least one endpoint is connected.</summary>
    bool IsConnected { get; }

    /// <summary>The connection name given to the server.</summary>
    string ClientName { get; }

    /// <summary>The configuration, without the password.</summary>
    string Configuration { get; }

    /// <summary>The command timeout in milliseconds.</summary>
    int TimeoutMilliseconds { get; }

    /// <summary>Raised when a connection breaks.</summary>
    event EventHandler<ConnectionFailedEventArgs>? ConnectionFailed;

    /// <summary>Raised when a broken connection is re-established.</summary>
    event EventHandler<ConnectionFailedEventArgs>? ConnectionRestored;

    /// <summary>A cheap handle on database <paramref name="db"/> (-1: the configured default).</summary>
    IDatabase GetDatabase(int db = -1, object? asyncState = null);

    /// <summary>A handle for server-level commands on one endpoint.</summary>
    IServer GetServer(EndPoint endpoint, object? asyncState = null);

    /// <summary>A handle for server-level commands on <c>host:port</c>.</summary>
    IServer GetServer(string hostAndPort, object? asyncState = null);

    /// <summary>The configured endpoints.</summary>
    EndPoint[] GetEndPoints(bool configuredOnly = false);

    /// <summary>Closes every connection; in-flight commands fail.</summary>
    Task CloseAsync(bool allowCommandsToComplete = true);
}
