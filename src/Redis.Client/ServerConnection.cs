using System.Diagnostics;
using System.Net;

namespace Redis.Client;

/// <summary>
/// Keeps one live <see cref="PhysicalConnection"/> to one endpoint: connects, and after a failure
/// reconnects in the background with the configured (jittered) backoff. Commands issued meanwhile
/// wait for the reconnect up to their timeout, or fail at once, per <see cref="BacklogPolicy"/>.
/// </summary>
internal sealed class ServerConnection : IAsyncDisposable
{
    private readonly ConfigurationOptions _options;
    private readonly ConnectionMultiplexer _owner;
    private readonly CancellationTokenSource _disposed = new();
    private readonly Lock _gate = new();
    private PhysicalConnection? _current;
    private TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _reconnectLoop = Task.CompletedTask;
    private Exception? _lastError;

    public ServerConnection(EndPoint endPoint, ConfigurationOptions options, ConnectionMultiplexer owner)
    {
        EndPoint = endPoint;
        _options = options;
        _owner = owner;
    }

    public EndPoint EndPoint { get; }

    public bool IsConnected => Volatile.Read(ref _current) is { IsAlive: true };

    /// <summary>True when the server reported (or behaved as) a replica.</summary>
    public bool IsReplica => Volatile.Read(ref _current) is { Role: not "master" };

    public Exception? LastError => Volatile.Read(ref _lastError);

    internal PhysicalConnection? Current => Volatile.Read(ref _current);

    /// <summary>First connect. On failure either throws or (abortConnect=false) starts reconnecting.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ConnectOnceAsync(cancellationToken);
        }
        catch (RedisConnectionException ex)
        {
            Volatile.Write(ref _lastError, ex);
            // Keep trying in the background either way: with several endpoints the multiplexer
            // survives one being down, and it disposes everything when all of them failed.
            StartReconnecting();
            if (_options.AbortOnConnectFail) throw;
        }
    }

    public Task<T> SendAsync<T>(RedisCommand command, ReadOnlySpan<RedisValue> args, ResultProcessor<T> processor, int database, CommandFlags flags)
    {
        var connection = Volatile.Read(ref _current);
        if (connection is not null && connection.TrySend(command, args, processor, database, flags, out var reply)) return reply;
        if (!_options.BacklogPolicy.QueueWhileDisconnected) return Task.FromException<T>(NotConnected());
        return SendWhenConnectedAsync(command, args.ToArray(), processor, database, flags);
    }

    private async Task<T> SendWhenConnectedAsync<T>(RedisCommand command, RedisValue[] args, ResultProcessor<T> processor, int database, CommandFlags flags)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(_options.AsyncTimeout / 1000.0 * Stopwatch.Frequency);
        while (true)
        {
            var connection = Volatile.Read(ref _current);
            if (connection is not null && connection.TrySend(command, args, processor, database, flags, out var reply)) return await reply;
            var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (remaining <= TimeSpan.Zero || _disposed.IsCancellationRequested) throw NotConnected();
            Task connected;
            lock (_gate) connected = _connected.Task;
            try
            {
                await connected.WaitAsync(remaining, _options.TimeProvider, _disposed.Token);
            }
            catch (TimeoutException)
            {
                throw new RedisTimeoutException(
                    $"{command.Name} waited {_options.AsyncTimeout} ms for a connection to {EndPointCollection.Format(EndPoint)}; " +
                    $"last error: {LastError?.Message ?? "none"}", LastError);
            }
            catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
            {
                throw NotConnected();
            }
        }
    }

    private RedisConnectionException NotConnected() => _disposed.IsCancellationRequested
        ? new RedisConnectionException(ConnectionFailureType.ConnectionDisposed, "The multiplexer has been disposed")
        : new RedisConnectionException(ConnectionFailureType.SocketFailure,
            $"No connection is available to {EndPointCollection.Format(EndPoint)}; last error: {LastError?.Message ?? "none"}", LastError);

    private async Task ConnectOnceAsync(CancellationToken cancellationToken)
    {
        var connection = await PhysicalConnection.ConnectAsync(EndPoint, _options, OnFailed, cancellationToken);
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested)
            {
                _ = connection.DisposeAsync().AsTask();
                throw new RedisConnectionException(ConnectionFailureType.ConnectionDisposed, "The multiplexer has been disposed");
            }
            Volatile.Write(ref _current, connection);
            _connected.TrySetResult();
        }
    }

    private void OnFailed(PhysicalConnection connection, RedisConnectionException error)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_current, connection)) return;
            Volatile.Write(ref _current, null);
            Volatile.Write(ref _lastError, error);
            if (_connected.Task.IsCompleted) _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_disposed.IsCancellationRequested) return;
        }
        _owner.RaiseConnectionFailed(new ConnectionFailedEventArgs(EndPoint, error.FailureType, error));
        StartReconnecting();
    }

    private void StartReconnecting()
    {
        lock (_gate)
        {
            if (!_reconnectLoop.IsCompleted || _disposed.IsCancellationRequested) return;
            _reconnectLoop = Task.Run(ReconnectLoopAsync);
        }
    }

    private async Task ReconnectLoopAsync()
    {
        var policy = _options.EffectiveRetryPolicy;
        long attempt = 0;
        var lastAttempt = Stopwatch.GetTimestamp();
        var first = true;
        while (!_disposed.IsCancellationRequested)
        {
            if (!first && !policy.ShouldRetry(attempt, (int)Stopwatch.GetElapsedTime(lastAttempt).TotalMilliseconds))
            {
                try { await Task.Delay(TimeSpan.FromMilliseconds(10), _options.TimeProvider, _disposed.Token); }
                catch (OperationCanceledException) { return; }
                continue;
            }
            first = false;
            lastAttempt = Stopwatch.GetTimestamp();
            try
            {
                await ConnectOnceAsync(_disposed.Token);
                _owner.RaiseConnectionRestored(new ConnectionFailedEventArgs(EndPoint, ConnectionFailureType.None, null));
                return;
            }
            catch (RedisConnectionException ex)
            {
                Volatile.Write(ref _lastError, ex);
                attempt++;
            }
            catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the loop boundary: any failure is recorded and retried, never allowed to end reconnects
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Volatile.Write(ref _lastError, ex);
                attempt++;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        PhysicalConnection? connection;
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested) return;
            _disposed.Cancel();
            connection = _current;
            Volatile.Write(ref _current, null);
        }
        if (connection is not null) await connection.DisposeAsync();
        try { await _reconnectLoop; }
        catch (OperationCanceledException) { /* stopped by dispose */ }

    }
}
