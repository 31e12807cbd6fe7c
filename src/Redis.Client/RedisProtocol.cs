namespace Redis.Client;

/// <summary>The RESP version a connection speaks. Mirrors StackExchange.Redis's <c>RedisProtocol</c>.</summary>
public enum RedisProtocol
{
    /// <summary>RESP2, what every connection starts with.</summary>
    Resp2 = 20000,

    /// <summary>RESP3, negotiated with <c>HELLO 3</c> (Redis 6+).</summary>
    Resp3 = 30000,
}
