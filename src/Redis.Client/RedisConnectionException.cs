namespace Redis.Client;

/// <summary>
/// No connection could serve the command, or the connection broke while the command was in flight
/// (in which case the server may or may not have run it). Mirrors StackExchange.Redis's
/// <c>RedisConnectionException</c>.
/// </summary>
public class RedisConnectionException : RedisException
{
    /// <summary>Creates an exception with no message.</summary>
    public RedisConnectionException() { }

    /// <summary>Creates an exception with a message.</summary>
    public RedisConnectionException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public RedisConnectionException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception of a given kind.</summary>
    public RedisConnectionException(ConnectionFailureType failureType, string message, Exception? innerException = null)
        : base(message, innerException) => FailureType = failureType;

    /// <summary>What went wrong with the connection.</summary>
    public ConnectionFailureType FailureType { get; }

    /// <summary>
    /// For an in-flight command: whether it had been written to the socket (so the server may have
    /// run it) when the connection failed.
    /// </summary>
    public bool CommandWasSent { get; init; }
}
