namespace Redis.Client;

/// <summary>
/// The bytes from the server are not valid RESP. The connection carrying them is closed, because no
/// later reply could be matched to its command with certainty. (StackExchange.Redis reports this as a
/// <c>RedisConnectionException</c> of type <c>ProtocolFailure</c>; in-flight commands here get that
/// exception with this one as its cause.)
/// </summary>
public class RedisProtocolException : RedisException
{
    /// <summary>Creates an exception with no message.</summary>
    public RedisProtocolException() { }

    /// <summary>Creates an exception with a message.</summary>
    public RedisProtocolException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public RedisProtocolException(string message, Exception? innerException) : base(message, innerException) { }
}
