using System.Net;

namespace Redis.Client;

/// <summary>Server-level commands on one endpoint. Mirrors StackExchange.Redis's <c>IServer</c> (subset).</summary>
public interface IServer
{
    /// <summary>The endpoint.</summary>
    EndPoint EndPoint { get; }

    /// <summary>Whether the endpoint is connected right now.</summary>
    bool IsConnected { get; }

    /// <summary>Whether the server reported the replica role.</summary>
    bool IsReplica { get; }

    /// <summary>The protocol negotiated, or null while disconnected.</summary>
    RedisProtocol? Protocol { get; }

    /// <summary>Round-trip time of a <c>PING</c>.</summary>
    Task<TimeSpan> PingAsync(CommandFlags flags = CommandFlags.None);

    /// <summary>Iterates key names with <c>SCAN</c> (never <c>KEYS</c>), page by page.</summary>
    IAsyncEnumerable<RedisKey> KeysAsync(int database = -1, RedisValue pattern = default, int pageSize = 250, long cursor = 0,
        int pageOffset = 0, CommandFlags flags = CommandFlags.None);

    /// <summary><c>SCRIPT LOAD</c>; the script's SHA1.</summary>
    Task<byte[]> ScriptLoadAsync(string script, CommandFlags flags = CommandFlags.None);

    /// <summary><c>SCRIPT FLUSH</c>: empties the server's script cache.</summary>
    Task ScriptFlushAsync(CommandFlags flags = CommandFlags.None);

    /// <summary><c>SCRIPT EXISTS</c> for one script text.</summary>
    Task<bool> ScriptExistsAsync(string script, CommandFlags flags = CommandFlags.None);

    /// <summary>Runs any command on this endpoint (no database selected).</summary>
    Task<RedisResult> ExecuteAsync(string command, params object[] args);
}
