using Redis.Client;

namespace Redis.Redlock;

/// <summary>
/// An existing multiplexer used as one Redlock instance (the caller keeps ownership). Mirrors
/// RedLock.net's <c>RedLockMultiplexer</c>.
/// </summary>
/// <param name="connectionMultiplexer">The connection to one independent Redis instance.</param>
public sealed class RedLockMultiplexer(IConnectionMultiplexer connectionMultiplexer)
{
    /// <summary>The connection.</summary>
    public IConnectionMultiplexer ConnectionMultiplexer { get; } = connectionMultiplexer ?? throw new ArgumentNullException(nameof(connectionMultiplexer));

    /// <summary>Database number (default: the multiplexer's default).</summary>
    public int? RedisDatabase { get; set; }

    /// <summary>Key format for locks, with <c>{0}</c> for the resource (default <c>redlock:{0}</c>).</summary>
    public string? RedisKeyFormat { get; set; }

    /// <summary>Wraps a multiplexer.</summary>
    public static implicit operator RedLockMultiplexer(Client.ConnectionMultiplexer connectionMultiplexer) => new(connectionMultiplexer);

    /// <summary>Wraps a multiplexer.</summary>
    public static RedLockMultiplexer FromConnectionMultiplexer(Client.ConnectionMultiplexer connectionMultiplexer) => new(connectionMultiplexer);
}
