namespace Redis.Client;

/// <summary>
/// The server answered a command with an error reply (<c>-ERR ...</c>, <c>-WRONGTYPE ...</c>,
/// <c>-NOSCRIPT ...</c>...). Mirrors StackExchange.Redis's <c>RedisServerException</c>.
/// </summary>
public class RedisServerException : RedisException
{
    /// <summary>Creates an exception with no message.</summary>
    public RedisServerException() { }

    /// <summary>Creates an exception from the server's error text.</summary>
    public RedisServerException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public RedisServerException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>The error prefix (<c>ERR</c>, <c>WRONGTYPE</c>, <c>NOSCRIPT</c>...): the first word of the message.</summary>
    public string Prefix
    {
        get
        {
            var space = Message.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? Message : Message[..space];
        }
    }
}
