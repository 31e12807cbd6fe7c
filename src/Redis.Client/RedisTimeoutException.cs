namespace Redis.Client;

/// <summary>
/// A command got no reply within the configured timeout. The server may still run it. Mirrors
/// StackExchange.Redis's <c>RedisTimeoutException</c> (a <see cref="TimeoutException"/>).
/// </summary>
public class RedisTimeoutException : TimeoutException
{
    /// <summary>Creates an exception with no message.</summary>
    public RedisTimeoutException() { }

    /// <summary>Creates an exception with a message.</summary>
    public RedisTimeoutException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public RedisTimeoutException(string message, Exception? innerException) : base(message, innerException) { }
}
