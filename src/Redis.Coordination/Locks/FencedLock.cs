using RedLockNet;
using StackExchange.Redis;
using WhatsAppCampaigns.Redis.Coordination.Fencing;

namespace WhatsAppCampaigns.Redis.Coordination.Locks;

/// <summary>
/// A RedLock.net lock plus what RedLock.net lacks: a <see cref="FencingToken"/> issued once the lock is
/// held, and a latched lost-lock signal (<see cref="LockLossWatch"/>). <see cref="Lock"/> is RedLock.net's
/// own <see cref="IRedLock"/>, unchanged; disposing this releases it.
/// </summary>
public sealed class FencedLock : IAsyncDisposable
{
    private readonly LockLossWatch? _watch;

    private FencedLock(IRedLock redLock, FencingToken token, LockLossWatch? watch, string? failure)
    {
        Lock = redLock;
        Token = token;
        _watch = watch;
        FailureReason = failure;
    }

    /// <summary>The lock as RedLock.net returned it.</summary>
    public IRedLock Lock { get; }

    /// <summary>True when the lock was acquired, its token issued, and it has not been lost since.</summary>
    public bool IsAcquired => _watch is { } watch && !watch.Lost.IsCancellationRequested && Lock.IsAcquired;

    /// <summary>The token of this acquisition; default when not acquired.</summary>
    public FencingToken Token { get; }

    /// <summary>Cancelled once the lock can no longer be trusted (already cancelled when not acquired).</summary>
    public CancellationToken Lost => _watch?.Lost ?? new CancellationToken(canceled: true);

    /// <summary>Why the lock is not (or no longer) held; null while it is.</summary>
    public string? FailureReason => _watch?.Reason ?? field;

    /// <summary>
    /// <c>CreateLockAsync(resource, expiry, wait, retry)</c> on <paramref name="factory"/>, then a
    /// fencing token from <paramref name="instances"/> (the same Redis instances the factory locks on)
    /// and a loss watch. Check <see cref="IsAcquired"/>.
    /// </summary>
    /// <param name="factory">RedLock.net's factory.</param>
    /// <param name="instances">One database per independent instance of the factory, for the fencing counter.</param>
    /// <param name="resource">The resource to lock.</param>
    /// <param name="expiry">The lock's expiry (RedLock.net extends it every half while held).</param>
    /// <param name="wait">How long to keep trying.</param>
    /// <param name="retry">The pause between tries.</param>
    /// <param name="time">Clock of the loss watch.</param>
    /// <param name="cancellationToken">Stops waiting (throws <see cref="OperationCanceledException"/>).</param>
    public static async Task<FencedLock> AcquireAsync(IDistributedLockFactory factory, IReadOnlyList<IDatabaseAsync> instances, string resource,
        TimeSpan expiry, TimeSpan wait, TimeSpan retry, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var redLock = await factory.CreateLockAsync(resource, expiry, wait, retry, cancellationToken);
        if (!redLock.IsAcquired)
            return new FencedLock(redLock, default, null,
                $"lock on '{resource}' not acquired within {wait.TotalSeconds:0.#} s: {redLock.Status} ({redLock.InstanceSummary})");
        try
        {
            var token = await FencingTokenIssuer.IssueAsync(instances, resource);
            return new FencedLock(redLock, token, LockLossWatch.Start(redLock, expiry, time), null);
        }
        catch (FencingTokenException ex)
        {
            await redLock.DisposeAsync();
            return new FencedLock(redLock, default, null, ex.Message);
        }
    }

    /// <summary>Stops the watch and releases the lock.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_watch is not null) await _watch.DisposeAsync();
        await Lock.DisposeAsync();
    }
}
