using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.LeaderElection;
using Kube.Operator.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TestSupport;

namespace Kube.Operator.Tests.LeaderElection;

public sealed class LeaderElectionTests(OperatorFixture fixture) : IClassFixture<OperatorFixture>
{
    // client-go's 10 s renew deadline and 2 s retry period; the lease is 16 s instead of 15 s so it is a whole
    // number of retry periods: attempts happen only on retry ticks of the manual clock, and with 15 s the first
    // tick at or after expiry would add one more period of pure quantization to the takeover time.
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(16);
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task TwoInstances_LeaderStopsRenewing_OtherLeadsWithinLeasePlusRetryAndOldNeverReconcilesAgain()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (logA, logB) = (new ReconcileLog { Instance = "a" }, new ReconcileLog { Instance = "b" });
        var (leaseA, leaseB) = (new PartitionableClient(client), new PartitionableClient(client));
        using var clientA = fixture.NewClient();
        using var clientB = fixture.NewClient();
        using var hostA = await OperatorHost.StartAsync(clientA, logA, Settings(ns, "a"), time: time, leaseClient: leaseA);
        using var hostB = await OperatorHost.StartAsync(clientB, logB, Settings(ns, "b"), time: time, leaseClient: leaseB);
        var electorA = await hostA.ElectorAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var electorB = await hostB.ElectorAsync().WaitAsync(TimeSpan.FromSeconds(30));

        // First attempts happen at once: exactly one wins.
        await Eventually.UntilAsync(() => electorA.AttemptCount >= 1 && electorB.AttemptCount >= 1, "first attempts");
        Assert.True(electorA.IsLeader ^ electorB.IsLeader, "exactly one leader");
        var (leader, follower) = electorA.IsLeader ? (electorA, electorB) : (electorB, electorA);
        var (leaderLog, followerLog) = electorA.IsLeader ? (logA, logB) : (logB, logA);
        var leaderLease = electorA.IsLeader ? leaseA : leaseB;
        await client.CreateAsync(V1TestWidget.Create(ns, "before", 1));
        await Eventually.UntilAsync(() => leaderLog.NoOp.ContainsKey($"{ns}/before"), "leader reconciles");
        Assert.Equal(0, followerLog.Total);
        await StepAsync(time, leader, follower); // both observe the latest renewal

        // The leader stops renewing (cut off from the API server for Lease writes).
        leaderLease.Partitioned = true;
        var cutAt = time.GetUtcNow();
        DateTimeOffset? lostAt = null;
        while (!follower.IsLeader)
        {
            Assert.True(time.GetUtcNow() - cutAt <= Lease + Retry, "the follower did not take over within lease duration + retry period");
            await StepAsync(time, leader, follower);
            if (!leader.IsLeader) lostAt ??= time.GetUtcNow();
        }
        Assert.NotNull(lostAt); // the old leader stopped its controllers before the new one started
        Assert.True(time.GetUtcNow() - cutAt <= Lease + Retry);
        var oldCount = leaderLog.Total;

        await client.CreateAsync(V1TestWidget.Create(ns, "after", 2));
        await Eventually.UntilAsync(() => followerLog.NoOp.ContainsKey($"{ns}/after"), "new leader reconciles");
        Assert.Equal(oldCount, leaderLog.Total);
        Assert.False(leaderLog.LastSize.ContainsKey($"{ns}/after"));

        // Graceful shutdown releases the lease: the old instance (reconnected) takes over at its next attempt.
        leaderLease.Partitioned = false;
        var newLeaderHost = electorA == follower ? hostA : hostB;
        await newLeaderHost.StopAsync();
        var lease = await client.GetAsync<V1Lease>("kubernetesoperator-leader", ns);
        Assert.Equal("", lease!.Spec!.HolderIdentity ?? "");
        time.Advance(Retry * 2);
        await Eventually.UntilAsync(() => leader.IsLeader, "old instance leads after release, without waiting for expiry");
        await (electorA == leader ? hostA : hostB).StopAsync();
    }

    [Fact]
    public void Decide_HeldByOtherNotExpired_DoesNotAcquire()
    {
        var now = DateTimeOffset.UnixEpoch.AddDays(1);
        var held = new V1LeaseSpec { HolderIdentity = "other", LeaseDurationSeconds = 15, LeaseTransitions = 2 };
        Assert.Null(LeaseRules.Decide(held, now.AddSeconds(-14), now, "me", Lease));
        var taken = LeaseRules.Decide(held, now.AddSeconds(-15), now, "me", Lease)!;
        Assert.Equal("me", taken.HolderIdentity);
        Assert.Equal(3, taken.LeaseTransitions);
        Assert.Equal(now.UtcDateTime, taken.AcquireTime);
    }

    [Fact]
    public void Decide_Released_AcquiresAtOnceAndRenewKeepsAcquireTime()
    {
        var now = DateTimeOffset.UnixEpoch.AddDays(1);
        var released = LeaseRules.Release(new V1LeaseSpec { HolderIdentity = "other", LeaseTransitions = 1 }, now);
        var mine = LeaseRules.Decide(released, now, now, "me", Lease)!;
        Assert.Equal(2, mine.LeaseTransitions);
        var renewed = LeaseRules.Decide(mine, now, now.AddSeconds(2), "me", Lease)!;
        Assert.Equal(mine.AcquireTime, renewed.AcquireTime);
        Assert.Equal(2, renewed.LeaseTransitions);
        Assert.Equal(now.AddSeconds(2).UtcDateTime, renewed.RenewTime);
    }

    // One retry period on the manual clock, then wait until both electors made their attempt for it.
    private static async Task StepAsync(FakeTimeProvider time, LeaderElector a, LeaderElector b)
    {
        var (countA, countB) = (a.AttemptCount, b.AttemptCount);
        time.Advance(Retry);
        await Eventually.UntilAsync(() => a.AttemptCount > countA && b.AttemptCount > countB, "both electors attempted");
    }

    private static Action<OperatorSettings> Settings(string ns, string identity) => s =>
    {
        s.Namespace = ns;
        s.LeaderElectionNamespace = ns;
        s.LeaderElectionIdentity = identity;
        s.LeaderElectionJitterFactor = 0;
        s.LeaderElectionLeaseDuration = Lease;
        s.LeaderElectionRenewDeadline = TimeSpan.FromSeconds(10);
        s.LeaderElectionRetryPeriod = Retry;
    };
}
