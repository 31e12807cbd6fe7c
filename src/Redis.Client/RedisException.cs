namespace Redis.Client;

/// <summary>Base type of the errors this client raises. Mirrors StackExchange.Redis's <c>RedisException</c>.</summary>
public class RedisException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public RedisException() { }

    /// <summary>Creates an exception with a message.</summary>
    public RedisException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public RedisException(string message, Exception? innerException) : base(message, innerException) { }
}
