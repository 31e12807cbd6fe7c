using System.Buffers;
using System.Diagnostics;
using Redis.Client.Protocol;

namespace Redis.Client;

internal sealed partial class PhysicalConnection
{
    private const int ShrinkAbove = 1024 * 1024;
    private readonly Lock _writeLock = new();
    private readonly SemaphoreSlim _flushSignal = new(0);
    private ArrayBufferWriter<byte> _active = new(16 * 1024);
    private ArrayBufferWriter<byte>? _spare = new(16 * 1024);
    private bool _flushScheduled;
    private int _currentDatabase;

    /// <summary>
    /// Queues a command: formats it into the current batch and puts its reply slot in the FIFO, both
    /// under one lock so the FIFO order is the wire order. Returns false if the connection has failed.
    /// </summary>
    public bool TrySend<T>(RedisCommand command, ReadOnlySpan<RedisValue> args, ResultProcessor<T> processor, int database,
        CommandFlags flags, out Task<T> reply)
    {
        bool signal;
        var now = Stopwatch.GetTimestamp();
        lock (_writeLock)
        {
            if (_failure is not null)
            {
                reply = null!;
                return false;
            }
            if (database >= 0 && database != _currentDatabase) SelectDatabase(database, now);
            CommandWriter.WriteCommand(_active, command.Bytes, args);
            if ((flags & CommandFlags.FireAndForget) != 0)
            {
                _pending.Enqueue(new DiscardedReply(command, now));
                reply = Task.FromResult(default(T)!);
            }
            else
            {
                var pending = new PendingReply<T>(command, processor, now);
                _pending.Enqueue(pending);
                reply = pending.Task;
            }
            signal = !_flushScheduled;
            _flushScheduled = true;
        }
        if (signal) _flushSignal.Release();
        return true;
    }

    /// <summary>Like <see cref="TrySend{T}"/>, throwing the connection's failure when it has failed.</summary>
    public Task<T> SendAsync<T>(RedisCommand command, ReadOnlySpan<RedisValue> args, ResultProcessor<T> processor, int database, CommandFlags flags) =>
        TrySend(command, args, processor, database, flags, out var reply) ? reply : Task.FromException<T>(_failure!);

    private void SelectDatabase(int database, long now)
    {
        // SELECT is written inline in the pipeline, so commands for different databases can share the
        // socket. If it fails, later commands would run in the wrong database: fail the connection.
        CommandWriter.WriteCommand(_active, RedisCommand.Select.Bytes, [database]);
        _pending.Enqueue(new DiscardedReply(RedisCommand.Select, now, error =>
            ThreadPool.UnsafeQueueUserWorkItem(_ => Fail(ConnectionFailureType.InternalFailure, $"SELECT {database} failed: {error}", null), null)));
        _currentDatabase = database;
    }

    private async Task FlushLoopAsync()
    {
        try
        {
            while (true)
            {
                await _flushSignal.WaitAsync(_shutdown.Token);
                ArrayBufferWriter<byte> batch;
                lock (_writeLock)
                {
                    // Swap buffers: callers keep appending to the other one while this batch is written,
                    // so every command that arrives during a write goes out in the next single write.
                    batch = _active;
                    _active = _spare!;
                    _spare = null;
                    _flushScheduled = false;
                }
                if (batch.WrittenCount > 0)
                {
                    await _stream.WriteAsync(batch.WrittenMemory, _shutdown.Token);
                    await _stream.FlushAsync(_shutdown.Token);
                }
                if (batch.Capacity > ShrinkAbove) batch = new ArrayBufferWriter<byte>(16 * 1024);
                else batch.ResetWrittenCount();
                lock (_writeLock) _spare = batch;
            }
        }
        catch (OperationCanceledException) when (_shutdown.IsCancellationRequested)
        {
            // Failed or disposed elsewhere; nothing more to write.
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or System.Net.Sockets.SocketException)
        {
            Fail(ConnectionFailureType.SocketFailure, $"Writing to {EndPointCollection.Format(EndPoint)} failed: {ex.Message}", ex);
        }
    }
}
