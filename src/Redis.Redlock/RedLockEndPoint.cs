using System.Net;

namespace Redis.Redlock;

/// <summary>
/// One independent Redis instance for the factory to connect to itself. Mirrors RedLock.net's
/// <c>RedLockEndPoint</c>. For ACL users, TLS client certificates or other options, connect a
/// multiplexer yourself and pass it as a <see cref="RedLockMultiplexer"/>.
/// </summary>
public sealed class RedLockEndPoint
{
    /// <summary>Creates an empty endpoint description.</summary>
    public RedLockEndPoint() { }

    /// <summary>Creates an endpoint description for one server.</summary>
    public RedLockEndPoint(EndPoint endPoint) => EndPoint = endPoint;

    /// <summary>The server (shorthand for a single entry of <see cref="EndPoints"/>).</summary>
    public EndPoint? EndPoint
    {
        get => EndPoints.FirstOrDefault();
        set => EndPoints = value is null ? [] : [value];
    }

    /// <summary>The server, or a primary and its replicas treated as one instance.</summary>
    public IList<EndPoint> EndPoints { get; set; } = [];

    /// <summary>Use TLS.</summary>
    public bool Ssl { get; set; }

    /// <summary>Host name expected on the server certificate.</summary>
    public string? SslHost { get; set; }

    /// <summary>Password (<c>AUTH</c> as the default user).</summary>
    public string? Password { get; set; }

    /// <summary>Connect timeout in ms (default 1000; RedLock.net uses 100, but lock commands here never wait for a connect, so only a cold start is affected).</summary>
    public int? ConnectionTimeout { get; set; }

    /// <summary>Command timeout in ms (default 1000).</summary>
    public int? SyncTimeout { get; set; }

    /// <summary>Database number (default 0).</summary>
    public int? RedisDatabase { get; set; }

    /// <summary>Key format for locks, with <c>{0}</c> for the resource (default <c>redlock:{0}</c>).</summary>
    public string? RedisKeyFormat { get; set; }

    /// <summary>Accepted for compatibility; this client has no periodic configuration check.</summary>
    public int? ConfigCheckSeconds { get; set; }

    /// <summary>Wraps an endpoint.</summary>
    public static implicit operator RedLockEndPoint(EndPoint endPoint) => new(endPoint);

    /// <summary>Wraps an endpoint.</summary>
    public static RedLockEndPoint FromEndPoint(EndPoint endPoint) => new(endPoint);

    /// <inheritdoc/>
    public override string ToString() => string.Join(",", EndPoints.Select(Redis.Client.EndPointCollection.Format));
}
