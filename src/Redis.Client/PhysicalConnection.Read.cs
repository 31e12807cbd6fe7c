using System.Buffers;
using Redis.Client.Protocol;

namespace Redis.Client;

internal sealed partial class PhysicalConnection
{
    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                var read = await _reader.ReadAsync(_shutdown.Token);
                var buffer = read.Buffer;
                var consumed = ProcessReplies(buffer);
                if (read.IsCompleted)
                {
                    Fail(ConnectionFailureType.SocketFailure, $"{EndPointCollection.Format(EndPoint)} closed the connection", null);
                    return;
                }
                _reader.AdvanceTo(consumed, buffer.End);
            }
        }
        catch (OperationCanceledException) when (_shutdown.IsCancellationRequested)
        {
            // Failed or disposed elsewhere.
        }
        catch (RedisProtocolException ex)
        {
            Fail(ConnectionFailureType.ProtocolFailure, $"{EndPointCollection.Format(EndPoint)} sent invalid RESP: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or System.Net.Sockets.SocketException)
        {
            Fail(ConnectionFailureType.SocketFailure, $"Reading from {EndPointCollection.Format(EndPoint)} failed: {ex.Message}", ex);
        }
    }

    private SequencePosition ProcessReplies(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        while (RespParser.TryParse(ref reader, out var reply))
        {
            // RESP3 pushes (pub/sub, client tracking) are out of band and never answer a command.
            if (reply!.Resp3Type == ResultType.Push) continue;
            if (!_pending.TryDequeue(out var pending))
                throw new RedisProtocolException($"Received a reply ({reply.Describe()}) with no command waiting for it");
            if (reply.IsError && ((string?)reply.Value)?.StartsWith("READONLY", StringComparison.Ordinal) == true) Role = "replica";
            pending.Complete(reply);
        }
        return reader.Position;
    }
}
