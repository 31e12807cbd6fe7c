using System.Net.Sockets;
using System.Text;

namespace TestSupport.Tests;

public sealed class RedisServerTests
{
    [Fact]
    public async Task Server_SpeaksResp_SurvivesKillAndRestart()
    {
        await using var server = await RedisServer.StartAsync();

        using (var connection = await RawRespConnection.OpenAsync(server.Port))
        {
            Assert.Equal("+PONG\r\n", await connection.CommandAsync("PING"));
            Assert.Equal("+OK\r\n", await connection.CommandAsync("SET", "fixture:key", "hello"));
            Assert.Equal("$5\r\nhello\r\n", await connection.CommandAsync("GET", "fixture:key"));
        }

        server.Kill();
        Assert.False(server.IsRunning);
        var refused = await Assert.ThrowsAsync<SocketException>(() => RawRespConnection.OpenAsync(server.Port));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);

        await server.RestartAsync();
        using (var connection = await RawRespConnection.OpenAsync(server.Port))
        {
            Assert.Equal("+PONG\r\n", await connection.CommandAsync("PING"));
            // Nothing is persisted, so the restarted server starts empty: a null bulk string.
            Assert.Equal("$-1\r\n", await connection.CommandAsync("GET", "fixture:key"));
        }
    }

    [Fact]
    public async Task Start_ExtraArguments_ArePassedToTheServer()
    {
        await using var server = await RedisServer.StartAsync(["--maxmemory", "12345678"]);
        using var connection = await RawRespConnection.OpenAsync(server.Port);

        var reply = await connection.CommandAsync("CONFIG", "GET", "maxmemory");

        Assert.Equal("*2\r\n$9\r\nmaxmemory\r\n$8\r\n12345678\r\n", reply);
    }

    [Fact]
    public async Task Dispose_StopsTheServerAndRemovesItsDirectory()
    {
        var server = await RedisServer.StartAsync();
        var directory = server.Directory;
        Assert.True(Directory.Exists(directory));

        await server.DisposeAsync();

        Assert.False(server.IsRunning);
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public void Require_MissingProgram_NamesTheInstallCommand()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => ExternalTool.Require("no-such-server-xyz", "apt-get install -y no-such-server-xyz"));

        Assert.Contains("apt-get install -y no-such-server-xyz", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Just enough RESP over a plain socket to prove the fixture without our own client.</summary>
    private sealed class RawRespConnection : IDisposable
    {
        private readonly TcpClient _client;

        private RawRespConnection(TcpClient client) => _client = client;

        public static async Task<RawRespConnection> OpenAsync(int port)
        {
            var client = new TcpClient();
            try
            {
                await client.ConnectAsync("127.0.0.1", port);
                return new RawRespConnection(client);
            }
            catch
            {
                client.Dispose();
                throw;
            }
        }

        public async Task<string> CommandAsync(params string[] parts)
        {
            var request = new StringBuilder($"*{parts.Length}\r\n");
            foreach (var part in parts) request.Append($"${Encoding.UTF8.GetByteCount(part)}\r\n{part}\r\n");
            var stream = _client.GetStream();
            await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()));

            // Read until the reply is complete: these replies are small and the expected text is
            // known, so "complete" means the bytes end with CRLF and parse as one RESP value.
            var buffer = new byte[4096];
            var received = new StringBuilder();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            do
            {
                var read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0) throw new IOException("Connection closed mid-reply");
                received.Append(Encoding.UTF8.GetString(buffer, 0, read));
            } while (!IsComplete(received.ToString()));
            return received.ToString();
        }

        private static bool IsComplete(string reply)
        {
            var position = 0;
            return TrySkipValue(reply, ref position) && position == reply.Length;
        }

        private static bool TrySkipValue(string reply, ref int position)
        {
            var lineEnd = reply.IndexOf("\r\n", position, StringComparison.Ordinal);
            if (lineEnd < 0) return false;
            var type = reply[position];
            var header = reply[(position + 1)..lineEnd];
            position = lineEnd + 2;
            switch (type)
            {
                case '$':
                    var length = int.Parse(header, System.Globalization.CultureInfo.InvariantCulture);
                    if (length < 0) return true;
                    if (reply.Length < position + length + 2) return false;
                    position += length + 2;
                    return true;
                case '*':
                    var count = int.Parse(header, System.Globalization.CultureInfo.InvariantCulture);
                    for (var i = 0; i < count; i++)
                        if (!TrySkipValue(reply, ref position)) return false;
                    return true;
                default:
                    return true;
            }
        }

        public void Dispose() => _client.Dispose();
    }
}
