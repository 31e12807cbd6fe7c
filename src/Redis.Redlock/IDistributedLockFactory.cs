namespace Redis.Redlock;

/// <summary>Creates locks. Mirrors RedLock.net's <c>IDistributedLockFactory</c>.</summary>
public interface IDistributedLockFactory
{
    /// <summary>One acquire (up to the configured quorum retries); check <see cref="IRedLock.IsAcquired"/>.</summary>
    IRedLock CreateLock(string resource, TimeSpan expiryTime);

    /// <inheritdoc cref="CreateLock(string, TimeSpan)"/>
    Task<IRedLock> CreateLockAsync(string resource, TimeSpan expiryTime);

    /// <summary>
    /// Keeps trying, every <paramref name="retryTime"/>, until acquired or <paramref name="waitTime"/>
    /// has passed; check <see cref="IRedLock.IsAcquired"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IRedLock CreateLock(string resource, TimeSpan expiryTime, TimeSpan waitTime, TimeSpan retryTime, CancellationToken? cancellationToken = null);

    /// <inheritdoc cref="CreateLock(string, TimeSpan, TimeSpan, TimeSpan, CancellationToken?)"/>
    Task<IRedLock> CreateLockAsync(string resource, TimeSpan expiryTime, TimeSpan waitTime, TimeSpan retryTime, CancellationToken? cancellationToken = null);
}
