using k8s.Autorest;
using k8s.Models;
using Kube.Operator.Client;
using Microsoft.Extensions.Logging;

namespace Kube.Operator.LeaderElection;

/// <summary>
/// Leader election on a coordination.k8s.io/v1 Lease, after client-go's <c>LeaderElector</c>: every
/// RetryPeriod (with jitter) it tries to acquire or renew. Once it holds the lease it runs the leading
/// callback with a token that is cancelled the moment leadership is lost: another holder is seen, or no
/// renewal succeeded for RenewDeadline. It keeps competing afterwards. On shutdown it releases the lease
/// (empty holder, 1 s duration) so a standby takes over at its next attempt instead of after expiry.
/// Only the Lease operations of <see cref="IKubernetesClient"/> are used, so a decorator can stand in.
/// </summary>
/// <param name="client">The client.</param>
/// <param name="options">Lease, identity and timings.</param>
/// <param name="time">The clock for waits and expiry.</param>
/// <param name="logger">Logger.</param>
public sealed class LeaderElector(IKubernetesClient client, LeaderElectionOptions options, TimeProvider time,
    ILogger<LeaderElector> logger)
{
    private V1LeaseSpec? _observedRecord;
    private DateTimeOffset _observedAt;
    private int _attempts;
    private volatile bool _isLeader;

    /// <summary>The options.</summary>
    public LeaderElectionOptions Options { get; } = options;

    /// <summary>True while this candidate holds the lease and its leading callback runs.</summary>
    public bool IsLeader => _isLeader;

    /// <summary>
    /// Attempts made so far. It is incremented after the wait for the next attempt has been scheduled on
    /// the clock, so a test on a manual clock can advance time once it sees the count move.
    /// </summary>
    public int AttemptCount => Volatile.Read(ref _attempts);

    /// <summary>Runs the election until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="onStartedLeading">Runs while leading; its token is cancelled when leadership ends.</param>
    /// <param name="cancellationToken">Ends the election (and releases the lease if configured).</param>
    /// <returns>A task that completes after shutdown and release.</returns>
    public async Task RunAsync(Func<CancellationToken, Task> onStartedLeading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onStartedLeading);
        Options.Validate();
        CancellationTokenSource? leading = null;
        Task leadingTask = Task.CompletedTask;
        var lastRenew = DateTimeOffset.MinValue;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var outcome = await TryAcquireOrRenewAsync(cancellationToken);
                var now = time.GetUtcNow();
                if (outcome == Attempt.Held)
                {
                    lastRenew = now;
                    if (leading is null)
                    {
                        leading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                        _isLeader = true;
                        Log.StartedLeading(logger, Options.Identity, Options.LeaseNamespace, Options.LeaseName);
                        var token = leading.Token;
                        leadingTask = Task.Run(() => onStartedLeading(token), CancellationToken.None);
                    }
                }
                else if (leading is not null && (outcome == Attempt.HeldByOther || now - lastRenew >= Options.RenewDeadline))
                {
                    Log.StoppedLeading(logger, Options.Identity, Options.LeaseNamespace, Options.LeaseName, Options.RenewDeadline);
                    await StopLeadingAsync(leading, leadingTask);
                    leading = null;
                }
                var wait = Task.Delay(Jittered(), time, cancellationToken);
                Interlocked.Increment(ref _attempts);
                await wait;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown.
        }
        finally
        {
            if (leading is not null)
            {
                await StopLeadingAsync(leading, leadingTask);
                if (Options.ReleaseOnCancel) await ReleaseAsync();
            }
        }
    }

    private async Task StopLeadingAsync(CancellationTokenSource leading, Task leadingTask)
    {
        // Cancel first, synchronously: controllers must stop before anyone else can acquire.
        _isLeader = false;
        await leading.CancelAsync();
        try
        {
            await leadingTask;
        }
        catch (OperationCanceledException)
        {
            // The callback ended because we cancelled it.
        }
        finally
        {
            leading.Dispose();
        }
    }

    private enum Attempt
    {
        Held,
        HeldByOther,
        Failed,
    }

    private async Task<Attempt> TryAcquireOrRenewAsync(CancellationToken ct)
    {
        try
        {
            var now = time.GetUtcNow();
            var lease = await client.GetAsync<V1Lease>(Options.LeaseName, Options.LeaseNamespace, ct);
            if (lease is null)
            {
                var record = LeaseRules.Decide(new V1LeaseSpec(), now, now, Options.Identity, Options.LeaseDuration)!;
                record.LeaseTransitions = 0;
                var created = await client.CreateAsync(new V1Lease
                {
                    Metadata = new V1ObjectMeta { Name = Options.LeaseName, NamespaceProperty = Options.LeaseNamespace },
                    Spec = record,
                }, ct);
                Observe(created.Spec, now);
                return Attempt.Held;
            }
            var current = lease.Spec ?? new V1LeaseSpec();
            if (!LeaseRules.SameRecord(current, _observedRecord)) Observe(current, now);
            var next = LeaseRules.Decide(current, _observedAt, now, Options.Identity, Options.LeaseDuration);
            if (next is null) return Attempt.HeldByOther;
            lease.Spec = next;
            var updated = await client.UpdateAsync(lease, ct);
            Observe(updated.Spec, now);
            return Attempt.Held;
        }
        catch (Exception ex) when (ex is HttpOperationException or HttpRequestException or TaskCanceledException
                                       or k8s.Exceptions.KubernetesClientException && !ct.IsCancellationRequested)
        {
            // Conflict (someone else wrote first), AlreadyExists, or the server is unreachable: not held this round.
            Log.LeaseAttemptFailed(logger, Options.Identity, ex);
            return Attempt.Failed;
        }
    }

    private void Observe(V1LeaseSpec? record, DateTimeOffset now)
    {
        _observedRecord = record;
        _observedAt = now;
    }

    private async Task ReleaseAsync()
    {
        using var timeout = new CancellationTokenSource(Options.RenewDeadline);
        try
        {
            var lease = await client.GetAsync<V1Lease>(Options.LeaseName, Options.LeaseNamespace, timeout.Token);
            if (lease?.Spec is not { } spec || spec.HolderIdentity != Options.Identity) return;
            lease.Spec = LeaseRules.Release(spec, time.GetUtcNow());
            await client.UpdateAsync(lease, timeout.Token);
            Log.Released(logger, Options.Identity, Options.LeaseNamespace, Options.LeaseName);
        }
        catch (Exception ex) when (ex is HttpOperationException or HttpRequestException or OperationCanceledException
                                       or k8s.Exceptions.KubernetesClientException)
        {
            Log.ReleaseFailed(logger, Options.Identity, Options.LeaseNamespace, Options.LeaseName, ex);
        }
    }

    private TimeSpan Jittered() => Options.JitterFactor <= 0
        ? Options.RetryPeriod
        : Options.RetryPeriod * (1 + (Random.Shared.NextDouble() * Options.JitterFactor));
}
