using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Redis.Client.Protocol;

namespace Redis.Client.Tests;

/// <summary>
/// A scripted RESP server on loopback for behaviour a real redis-server cannot be made to show on
/// demand (a dataset that is still loading). <c>reply</c> maps each received command to raw RESP.
/// </summary>
internal sealed class FakeRespServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string[], string> _reply;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public FakeRespServer(Func<string[], string> reply)
    {
        _reply = reply;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Endpoint => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public ConcurrentQueue<string> Received { get; } = new();

    private async Task AcceptAsync()
    {
        var clients = new List<Task>();
        try
        {
            while (true) clients.Add(ServeAsync(await _listener.AcceptTcpClientAsync(_stop.Token)));
        }
        catch (Exception ex) when (_stop.IsCancellationRequested &&
                                   ex is OperationCanceledException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // Disposal races the accept loop: a pending accept is cancelled or aborted by Stop(), and an
            // accept started just after Stop() reports "not listening". All mean the same: we are done.
            await Task.WhenAll(clients);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(chunk, _stop.Token);
                if (read == 0) return;
                buffer.AddRange(chunk.AsSpan(0, read).ToArray());
                var replies = new StringBuilder();
                var consumed = ParseCommands([.. buffer], replies);
                buffer.RemoveRange(0, consumed);
                await stream.WriteAsync(Encoding.UTF8.GetBytes(replies.ToString()), _stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // Test over or client gone.
        }
    }

    private int ParseCommands(byte[] bytes, StringBuilder replies)
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(bytes));
        while (RespParser.TryParse(ref reader, out var command))
        {
            var parts = (string?[]?)command! ?? [];
            var words = parts.Select(p => p ?? "").ToArray();
            Received.Enqueue(string.Join(' ', words));
            replies.Append(_reply(words));
        }
        return (int)reader.Consumed;
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
