using System.Net;

namespace Redis.Client;

/// <summary>
/// The entry point: connect once, share everywhere. Mirrors StackExchange.Redis's
/// <c>ConnectionMultiplexer</c> (async subset).
/// </summary>
public sealed class ConnectionMultiplexer : IConnectionMultiplexer
{
    private readonly ConfigurationOptions _options;
    private readonly ServerConnection[] _servers;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _scriptHashes = new(StringComparer.Ordinal);
    private int _disposed;

    private ConnectionMultiplexer(ConfigurationOptions options)
    {
        _options = options;
        _servers = [.. options.EndPoints.Select(endPoint => new ServerConnection(endPoint, options, this))];
    }

    /// <inheritdoc/>
    public bool IsConnected => _servers.Any(s => s.IsConnected);

    /// <inheritdoc/>
    public string ClientName => _options.ClientName ?? "";

    /// <inheritdoc/>
    public string Configuration => _options.ToString();

    /// <inheritdoc/>
    public int TimeoutMilliseconds => _options.AsyncTimeout;

    /// <inheritdoc/>
    public event EventHandler<ConnectionFailedEventArgs>? ConnectionFailed;

    /// <inheritdoc/>
    public event EventHandler<ConnectionFailedEventArgs>? ConnectionRestored;

    /// <summary>Connects using a configuration string such as <c>"127.0.0.1:6379,user=u,password=p"</c>.</summary>
    /// <exception cref="RedisConnectionException">No endpoint could be reached and abortConnect is true.</exception>
    public static Task<ConnectionMultiplexer> ConnectAsync(string configuration, TextWriter? log = null) =>
        ConnectAsync(ConfigurationOptions.Parse(configuration), log);

    /// <summary>Connects using <paramref name="configuration"/> (copied; later changes have no effect).</summary>
    /// <exception cref="RedisConnectionException">No endpoint could be reached and abortConnect is true.</exception>
    public static async Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.Clone();
        if (options.EndPoints.Count == 0) throw new ArgumentException("No endpoints were configured", nameof(configuration));
        var multiplexer = new ConnectionMultiplexer(options);
        var attempts = multiplexer._servers.Select(s => s.ConnectAsync(CancellationToken.None)).ToArray();
        try
        {
            await Task.WhenAll(attempts);
        }
        catch (RedisConnectionException) when (attempts.Any(a => a.IsCompletedSuccessfully))
        {
            // At least one server answered; the others keep reconnecting in the background.
        }
        catch (RedisConnectionException ex)
        {
            await multiplexer.DisposeAsync();
            var errors = string.Join("; ", attempts.Select(a => a.Exception?.InnerException?.Message).Where(m => m is not null));
            throw new RedisConnectionException(ex.FailureType,
                $"It was not possible to connect to the redis server(s) {string.Join(",", options.EndPoints.Select(EndPointCollection.Format))}: {errors}", ex);
        }
        if (log is not null) await log.WriteLineAsync($"Connected: {multiplexer.Configuration}");
        return multiplexer;
    }

    /// <inheritdoc/>
    public IDatabase GetDatabase(int db = -1, object? asyncState = null)
    {
        ThrowIfDisposed();
        return new RedisDatabase(this, db < 0 ? _options.DefaultDatabase ?? 0 : db);
    }

    /// <inheritdoc/>
    public IServer GetServer(EndPoint endpoint, object? asyncState = null)
    {
        ThrowIfDisposed();
        var text = EndPointCollection.Format(endpoint);
        var server = _servers.FirstOrDefault(s => s.EndPoint.Equals(endpoint) || EndPointCollection.Format(s.EndPoint) == text)
            ?? throw new ArgumentException($"{text} is not one of the configured endpoints", nameof(endpoint));
        return new RedisServerHandle(server, _options);
    }

    /// <inheritdoc/>
    public IServer GetServer(string hostAndPort, object? asyncState = null) => GetServer(EndPointCollection.Parse(hostAndPort), asyncState);

    /// <inheritdoc/>
    public EndPoint[] GetEndPoints(bool configuredOnly = false) => [.. _options.EndPoints];

    /// <inheritdoc/>
    public Task CloseAsync(bool allowCommandsToComplete = true) => DisposeAsync().AsTask();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        foreach (var server in _servers) await server.DisposeAsync();
    }

    /// <inheritdoc/>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <inheritdoc/>
    public override string ToString() => Configuration;

    /// <summary>The endpoint commands go to: the first connected primary, else the first connected, else the first.</summary>
    internal ServerConnection SelectServer()
    {
        ThrowIfDisposed();
        if (_servers.Length == 1) return _servers[0];
        return _servers.FirstOrDefault(s => s.IsConnected && !s.IsReplica)
            ?? _servers.FirstOrDefault(s => s.IsConnected)
            ?? _servers[0];
    }

    /// <summary>The SHA1 of a script, computed once per script text.</summary>
    internal string ScriptSha1(string script) => _scriptHashes.GetOrAdd(script, CommandArguments.ScriptSha1);

    internal void RaiseConnectionFailed(ConnectionFailedEventArgs args) => Raise(ConnectionFailed, args);

    internal void RaiseConnectionRestored(ConnectionFailedEventArgs args) => Raise(ConnectionRestored, args);

    private void Raise(EventHandler<ConnectionFailedEventArgs>? handler, ConnectionFailedEventArgs args)
    {
        if (handler is null) return;
        foreach (var single in handler.GetInvocationList().Cast<EventHandler<ConnectionFailedEventArgs>>())
        {
            try
            {
                single(this, args);
            }
#pragma warning disable CA1031 // a subscriber's bug must not stop the reconnect loop that raised the event
            catch (Exception)
            {
            }
#pragma warning restore CA1031
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
