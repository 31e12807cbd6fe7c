using System.Net;
using Redis.Client;

namespace Redis.Redlock;

/// <summary>
/// Creates Redlock locks over one or more independent Redis instances. Mirrors RedLock.net's
/// <c>RedLockFactory</c>: <c>Create</c> from endpoints (the factory owns those connections) or from
/// existing multiplexers (the caller owns them). Dispose the factory at shutdown.
/// </summary>
public sealed class RedLockFactory : IDistributedLockFactory, IDisposable, IAsyncDisposable
{
    private const string DefaultKeyFormat = "redlock:{0}";
    private readonly IReadOnlyList<RedLockInstance> _instances;
    private readonly IReadOnlyList<Task<ConnectionMultiplexer>> _owned;
    private readonly RedLockRetryConfiguration? _retry;
    private readonly RedLockFactoryOptions _options;

    private RedLockFactory(IReadOnlyList<RedLockInstance> instances, IReadOnlyList<Task<ConnectionMultiplexer>> owned,
        RedLockRetryConfiguration? retry, RedLockFactoryOptions? options)
    {
        if (instances.Count == 0) throw new ArgumentException("At least one Redis instance is needed for a lock");
        _instances = instances;
        _owned = owned;
        _retry = retry;
        _options = options ?? new RedLockFactoryOptions();
    }

    /// <summary>Creates a factory that connects to <paramref name="endPoints"/> itself (in the background).</summary>
    public static RedLockFactory Create(IList<RedLockEndPoint> endPoints) => Create(endPoints, retryConfiguration: null);

    /// <summary>As <see cref="Create(IList{RedLockEndPoint})"/>, with quorum retry settings and the extras' options.</summary>
    public static RedLockFactory Create(IList<RedLockEndPoint> endPoints, RedLockRetryConfiguration? retryConfiguration,
        RedLockFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endPoints);
        var owned = new List<Task<ConnectionMultiplexer>>();
        var instances = new List<RedLockInstance>();
        foreach (var endPoint in endPoints)
        {
            var connecting = ConnectionMultiplexer.ConnectAsync(InternalOptions(endPoint));
            owned.Add(connecting);
            var db = endPoint.RedisDatabase ?? -1;
            instances.Add(new RedLockInstance(endPoint.ToString(), async () => (await connecting).GetDatabase(db),
                endPoint.RedisKeyFormat ?? DefaultKeyFormat));
        }
        return new RedLockFactory(instances, owned, retryConfiguration, options);
    }

    /// <summary>Creates a factory over connections the caller owns (and disposes).</summary>
    public static RedLockFactory Create(IList<RedLockMultiplexer> existingMultiplexers) => Create(existingMultiplexers, retryConfiguration: null);

    /// <summary>As <see cref="Create(IList{RedLockMultiplexer})"/>, with quorum retry settings and the extras' options.</summary>
    public static RedLockFactory Create(IList<RedLockMultiplexer> existingMultiplexers, RedLockRetryConfiguration? retryConfiguration,
        RedLockFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(existingMultiplexers);
        var instances = existingMultiplexers.Select(m =>
        {
            var db = m.ConnectionMultiplexer.GetDatabase(m.RedisDatabase ?? -1);
            var name = string.Join(",", m.ConnectionMultiplexer.GetEndPoints().Select(EndPointCollection.Format));
            return new RedLockInstance(name, () => Task.FromResult(db), m.RedisKeyFormat ?? DefaultKeyFormat);
        }).ToList();
        return new RedLockFactory(instances, [], retryConfiguration, options);
    }

    /// <inheritdoc/>
    public IRedLock CreateLock(string resource, TimeSpan expiryTime) => CreateLockAsync(resource, expiryTime).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public async Task<IRedLock> CreateLockAsync(string resource, TimeSpan expiryTime)
    {
        var redLock = NewLock(resource, expiryTime);
        await redLock.AcquireOnceAsync(CancellationToken.None);
        return redLock;
    }

    /// <inheritdoc/>
    public IRedLock CreateLock(string resource, TimeSpan expiryTime, TimeSpan waitTime, TimeSpan retryTime, CancellationToken? cancellationToken = null) =>
        CreateLockAsync(resource, expiryTime, waitTime, retryTime, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public async Task<IRedLock> CreateLockAsync(string resource, TimeSpan expiryTime, TimeSpan waitTime, TimeSpan retryTime,
        CancellationToken? cancellationToken = null)
    {
        var redLock = NewLock(resource, expiryTime);
        try
        {
            await redLock.AcquireAsync(waitTime, retryTime < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : retryTime,
                cancellationToken ?? CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            await redLock.DisposeAsync();
            throw;
        }
        return redLock;
    }

    /// <inheritdoc/>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var connecting in _owned)
        {
            try
            {
                await (await connecting).DisposeAsync();
            }
            catch (RedisConnectionException)
            {
                // Never connected: nothing to close.
            }
        }
    }

    private RedLock NewLock(string resource, TimeSpan expiryTime)
    {
        ArgumentException.ThrowIfNullOrEmpty(resource);
        // RedLock.net raises expiries below 10 ms; a shorter lease cannot survive one round trip.
        if (expiryTime < TimeSpan.FromMilliseconds(10)) expiryTime = TimeSpan.FromMilliseconds(10);
        return new RedLock(resource, expiryTime, _instances, _retry, _options);
    }

    private static ConfigurationOptions InternalOptions(RedLockEndPoint endPoint)
    {
        if (endPoint.EndPoints.Count == 0) throw new ArgumentException("A RedLockEndPoint has no endpoint", nameof(endPoint));
        var options = new ConfigurationOptions
        {
            Ssl = endPoint.Ssl,
            SslHost = endPoint.SslHost,
            Password = endPoint.Password,
            ConnectTimeout = endPoint.ConnectionTimeout ?? 1000,
            SyncTimeout = endPoint.SyncTimeout ?? 1000,
            DefaultDatabase = endPoint.RedisDatabase,
            // As RedLock.net: never fail creation because one node is down, and never let a lock
            // command wait for a reconnect (a down node must be skipped fast, not eat the validity).
            AbortOnConnectFail = false,
            BacklogPolicy = BacklogPolicy.FailFast,
        };
        foreach (EndPoint single in endPoint.EndPoints) options.EndPoints.Add(single);
        return options;
    }
}
