using System.Diagnostics;
using System.Net;

namespace Redis.Client;

/// <summary><see cref="IServer"/> over one endpoint's connection.</summary>
internal sealed class RedisServerHandle(ServerConnection server, ConfigurationOptions options) : IServer
{
    public EndPoint EndPoint => server.EndPoint;

    public bool IsConnected => server.IsConnected;

    public bool IsReplica => server.IsReplica;

    public RedisProtocol? Protocol => server.Current?.Protocol;

    public async Task<TimeSpan> PingAsync(CommandFlags flags = CommandFlags.None)
    {
        var start = Stopwatch.GetTimestamp();
        await server.SendAsync(RedisCommand.Ping, [], ResultProcessors.Raw, -1, flags);
        return Stopwatch.GetElapsedTime(start);
    }

    public async IAsyncEnumerable<RedisKey> KeysAsync(int database = -1, RedisValue pattern = default, int pageSize = 250, long cursor = 0,
        int pageOffset = 0, CommandFlags flags = CommandFlags.None)
    {
        var db = database < 0 ? options.DefaultDatabase ?? 0 : database;
        var skip = pageOffset;
        do
        {
            var page = await server.SendAsync(RedisCommand.Scan, RedisDatabase.ScanArgs(RedisValue.Null, cursor, pattern, pageSize), ResultProcessors.Raw, db, flags);
            cursor = (long)page[0];
            foreach (var key in (string?[]?)page[1] ?? [])
            {
                if (skip > 0) { skip--; continue; }
                yield return key;
            }
        }
        while (cursor != 0);
    }

    public Task<byte[]> ScriptLoadAsync(string script, CommandFlags flags = CommandFlags.None) =>
        server.SendAsync(RedisCommand.Script, ["LOAD", script], ResultProcessors.ScriptHash, -1, flags);

    public Task ScriptFlushAsync(CommandFlags flags = CommandFlags.None) =>
        server.SendAsync(RedisCommand.Script, ["FLUSH", "SYNC"], ResultProcessors.Ok, -1, flags);

    public async Task<bool> ScriptExistsAsync(string script, CommandFlags flags = CommandFlags.None)
    {
        var found = await server.SendAsync(RedisCommand.Script, ["EXISTS", CommandArguments.ScriptSha1(script)], ResultProcessors.Booleans, -1, flags);
        return found.Length == 1 && found[0];
    }

    public Task<RedisResult> ExecuteAsync(string command, params object[] args) =>
        server.SendAsync(new RedisCommand(command), CommandArguments.FromObjects(args), ResultProcessors.Raw, -1, CommandFlags.None);
}
