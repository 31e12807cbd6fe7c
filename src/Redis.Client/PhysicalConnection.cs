using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;

namespace Redis.Client;

/// <summary>
/// One socket to one server, shared by every caller: commands are written in arrival order into a
/// batch buffer that a single flush loop writes out (pipelining), and a single read loop matches each
/// reply to the oldest in-flight command (the FIFO). Any socket error, EOF or protocol error fails
/// the whole connection and every in-flight command at once; the owner reconnects with a new one.
/// </summary>
internal sealed partial class PhysicalConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly PipeReader _reader;
    private readonly ConcurrentQueue<IPendingReply> _pending = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Action<PhysicalConnection, RedisConnectionException> _onFailed;
    private readonly long _timeoutTicks;
    private readonly int _timeoutMilliseconds;
    private readonly ITimer _timeoutTimer;
    private Task _readLoop = Task.CompletedTask;
    private Task _flushLoop = Task.CompletedTask;
    private RedisConnectionException? _failure;

    private PhysicalConnection(EndPoint endPoint, Socket socket, Stream stream, ConfigurationOptions options,
        Action<PhysicalConnection, RedisConnectionException> onFailed)
    {
        EndPoint = endPoint;
        _socket = socket;
        _stream = stream;
        _reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024, leaveOpen: true));
        _onFailed = onFailed;
        _timeoutMilliseconds = Math.Max(1, options.AsyncTimeout);
        _timeoutTicks = (long)(_timeoutMilliseconds / 1000.0 * Stopwatch.Frequency);
        // Timeouts are checked by one periodic timer per connection rather than one timer per command;
        // the FIFO is ordered by send time, so each tick only looks at the expired head.
        var period = TimeSpan.FromMilliseconds(Math.Clamp(_timeoutMilliseconds / 8, 5, 250));
        _timeoutTimer = options.TimeProvider.CreateTimer(_ => ExpireTimedOut(), null, period, period);
    }

    /// <summary>The server this socket talks to.</summary>
    public EndPoint EndPoint { get; }

    /// <summary>The role the server reported in its <c>HELLO</c> reply (<c>master</c> or <c>replica</c>).</summary>
    public string Role { get; private set; } = "master";

    /// <summary>Server version from <c>HELLO</c>.</summary>
    public string? ServerVersion { get; private set; }

    /// <summary>The protocol negotiated.</summary>
    public RedisProtocol Protocol { get; private set; } = RedisProtocol.Resp2;

    /// <summary>True until the connection failed or was disposed.</summary>
    public bool IsAlive => Volatile.Read(ref _failure) is null;

    /// <summary>Commands written or queued and not yet answered.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Opens the socket (and TLS), starts the loops and runs the handshake.</summary>
    public static async Task<PhysicalConnection> ConnectAsync(EndPoint endPoint, ConfigurationOptions options,
        Action<PhysicalConnection, RedisConnectionException> onFailed, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Math.Max(1, options.ConnectTimeout));
        var socket = new Socket(endPoint.AddressFamily == AddressFamily.Unspecified ? AddressFamily.InterNetwork : endPoint.AddressFamily,
            SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        PhysicalConnection? connection = null;
        try
        {
            if (options.KeepAlive > 0)
            {
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
                socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveTime, options.KeepAlive);
            }
            await socket.ConnectAsync(endPoint, timeout.Token);
            Stream stream = new NetworkStream(socket, ownsSocket: false);
            if (options.Ssl) stream = await AuthenticateTlsAsync(stream, endPoint, options, timeout.Token);
            connection = new PhysicalConnection(endPoint, socket, stream, options, onFailed);
            connection.Start();
            await connection.HandshakeAsync(options).WaitAsync(timeout.Token);
            return connection;
        }
        catch (Exception ex) when (ex is OperationCanceledException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await DisposeQuietlyAsync(connection, socket);
            throw new RedisConnectionException(ConnectionFailureType.UnableToConnect,
                $"Connecting to {EndPointCollection.Format(endPoint)} took longer than connectTimeout={options.ConnectTimeout} ms", ex);
        }
        catch (Exception ex) when (ex is SocketException or IOException or System.Security.Authentication.AuthenticationException)
        {
            await DisposeQuietlyAsync(connection, socket);
            throw new RedisConnectionException(ConnectionFailureType.UnableToConnect,
                $"Could not connect to {EndPointCollection.Format(endPoint)}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is RedisServerException or InvalidCastException or RedisException and not RedisConnectionException)
        {
            // An unexpected handshake reply (an old server without HELLO, a refused SELECT...): the
            // connection is unusable, and callers and the reconnect loop expect a connection error.
            await DisposeQuietlyAsync(connection, socket);
            throw new RedisConnectionException(ConnectionFailureType.InternalFailure,
                $"Handshake with {EndPointCollection.Format(endPoint)} failed: {ex.Message}", ex);
        }
        catch
        {
            await DisposeQuietlyAsync(connection, socket);
            throw;
        }
    }

    private static async Task<Stream> AuthenticateTlsAsync(Stream stream, EndPoint endPoint, ConfigurationOptions options, CancellationToken ct)
    {
        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        var host = options.SslHost ?? endPoint switch
        {
            DnsEndPoint dns => dns.Host,
            IPEndPoint ip => ip.Address.ToString(),
            _ => endPoint.ToString() ?? "",
        };
        await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = host,
            ClientCertificates = options.ClientCertificates,
            RemoteCertificateValidationCallback = options.CertificateValidationCallback,
        }, ct);
        return ssl;
    }

    private static async Task DisposeQuietlyAsync(PhysicalConnection? connection, Socket socket)
    {
        if (connection is not null) await connection.DisposeAsync();
        else socket.Dispose();
    }

    private void Start()
    {
        _readLoop = Task.Run(ReadLoopAsync);
        _flushLoop = Task.Run(FlushLoopAsync);
    }

    private async Task HandshakeAsync(ConfigurationOptions options)
    {
        // HELLO (Redis 6+) authenticates, names the connection and picks the protocol in one round
        // trip, and reports the role, which routing uses to prefer the primary.
        var args = new List<RedisValue> { options.Protocol == RedisProtocol.Resp3 ? 3 : 2 };
        if (options.Password is not null) args.AddRange(["AUTH", options.User ?? "default", options.Password]);
        if (!string.IsNullOrEmpty(options.ClientName)) args.AddRange(["SETNAME", options.ClientName]);
        RedisResult hello;
        try
        {
            hello = await SendAsync(RedisCommand.Hello, args.ToArray(), ResultProcessors.Raw, -1, CommandFlags.None);
        }
        catch (RedisServerException ex) when (ex.Prefix is "WRONGPASS" or "NOAUTH" or "NOPERM")
        {
            throw new RedisConnectionException(ConnectionFailureType.AuthenticationFailure,
                $"Authentication to {EndPointCollection.Format(EndPoint)} as '{options.User ?? "default"}' failed: {ex.Message}", ex);
        }
        var fields = hello.ToDictionary(StringComparer.OrdinalIgnoreCase);
        if (fields.TryGetValue("role", out var role)) Role = (string?)role ?? "master";
        if (fields.TryGetValue("version", out var version)) ServerVersion = (string?)version;
        if (fields.TryGetValue("proto", out var proto) && (long)proto == 3) Protocol = RedisProtocol.Resp3;

        // A server still loading its dataset answers ordinary commands with -LOADING; the connection
        // is only handed out once it answers PING, so callers never see that state.
        try
        {
            await SendAsync(RedisCommand.Ping, [], ResultProcessors.Raw, -1, CommandFlags.None);
        }
        catch (RedisServerException ex) when (ex.Prefix == "LOADING")
        {
            throw new RedisConnectionException(ConnectionFailureType.UnableToConnect,
                $"{EndPointCollection.Format(EndPoint)} is still loading its dataset; will retry", ex);
        }
    }

    /// <summary>Fails the connection and every in-flight command; the first failure wins.</summary>
    private void Fail(ConnectionFailureType type, string message, Exception? cause)
    {
        RedisConnectionException failure;
        lock (_writeLock)
        {
            if (_failure is not null) return;
            failure = new RedisConnectionException(type, message, cause);
            Volatile.Write(ref _failure, failure);
        }
        _shutdown.Cancel();
        _timeoutTimer.Dispose();
        try { _socket.Shutdown(SocketShutdown.Both); }
        catch (SocketException) { /* already closed by the peer */ }
        catch (ObjectDisposedException) { /* already closed by us */ }
        _socket.Dispose();
        var inFlight = new RedisConnectionException(type,
            $"{message}; the command was in flight, so the server may or may not have run it", cause) { CommandWasSent = true };
        while (_pending.TryDequeue(out var pending)) pending.Fail(inFlight);
        _onFailed(this, failure);
    }

    /// <summary>Closes the connection; in-flight commands fail with <see cref="ConnectionFailureType.ConnectionDisposed"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        Fail(ConnectionFailureType.ConnectionDisposed, $"The connection to {EndPointCollection.Format(EndPoint)} was closed", null);
        try { await Task.WhenAll(_readLoop, _flushLoop); }
        catch (OperationCanceledException) { /* the loops end by cancellation */ }
        await _stream.DisposeAsync();
        _shutdown.Dispose();
    }

    private void ExpireTimedOut()
    {
        var now = Stopwatch.GetTimestamp();
        // Timed-out entries stay in the FIFO: their replies will still arrive and must be consumed in
        // order, or every later reply would go to the wrong caller.
        foreach (var pending in _pending)
        {
            if (now - pending.QueuedAt < _timeoutTicks) break;
            if (pending.IsDone) continue;
            pending.Fail(new RedisTimeoutException(
                $"Timeout awaiting response to {pending.Command.Name} from {EndPointCollection.Format(EndPoint)} after {_timeoutMilliseconds} ms " +
                $"(in flight: {_pending.Count}); the server may still run it"));
        }
    }
}
