namespace Redis.Client;

/// <summary>Why a connection failed. Mirrors StackExchange.Redis's <c>ConnectionFailureType</c> (subset).</summary>
public enum ConnectionFailureType
{
    /// <summary>No failure.</summary>
    None = 0,

    /// <summary>The connection was closed on purpose (dispose).</summary>
    ConnectionDisposed = 1,

    /// <summary>The socket failed or the server closed it.</summary>
    SocketFailure = 2,

    /// <summary>The server refused the credentials.</summary>
    AuthenticationFailure = 3,

    /// <summary>The server sent bytes that are not valid RESP.</summary>
    ProtocolFailure = 4,

    /// <summary>Connecting (TCP, TLS or handshake) took longer than the connect timeout.</summary>
    UnableToConnect = 5,

    /// <summary>Connecting failed for another reason.</summary>
    InternalFailure = 6,
}
