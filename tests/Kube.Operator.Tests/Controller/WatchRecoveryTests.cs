using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Tests.Support;
using TestSupport;

namespace Kube.Operator.Tests.Controller;

public sealed class WatchRecoveryTests(OperatorFixture fixture) : IClassFixture<OperatorFixture>
{
    [Fact]
    public async Task Reconcile_BurstWithExpiredAndCutWatches_ObservesEveryFinalState()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var log = new ReconcileLog();
        using var host = await OperatorHost.StartAsync(client, log, s =>
        {
            s.EnableLeaderElection = false;
            s.Namespace = ns;
            s.MaxConcurrentReconciles = 3;
        });
        const int count = 150;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, ct) => await client.CreateAsync(V1TestWidget.Create(ns, $"w{i:D3}", 0), ct));
        await Eventually.UntilAsync(() => log.NoOp.Count == count, "initial objects settled", TimeSpan.FromMinutes(2));

        // A burst of spec changes and deletions; meanwhile history is compacted (so resuming gets 410
        // Gone) and every watch stream is cut, several times.
        var final = new Dictionary<string, int>();
        var deleted = new HashSet<string>();
        for (var round = 1; round <= 3; round++)
        {
            var burst = Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
                async (i, ct) =>
                {
                    var name = $"w{i:D3}";
                    if (deleted.Contains(name)) return;
                    // A merge patch of the spec is unconditional: the controller's status writes cannot conflict with it.
                    await client.MergePatchAsync<V1TestWidget>(name, ns, new { spec = new { size = (round * 1000) + i } }, ct);
                });
            fixture.Server.CompactHistory();
            fixture.Server.Faults.CutWatches();
            await burst;
            fixture.Server.CompactHistory();
            fixture.Server.Faults.CutWatches();
            var victim = $"w{round:D3}";
            await client.DeleteAsync<V1TestWidget>(victim, ns);
            deleted.Add(victim);
            fixture.Server.CompactHistory();
            fixture.Server.Faults.CutWatches();
        }
        for (var i = 0; i < count; i++)
            if (!deleted.Contains($"w{i:D3}")) final[$"{ns}/w{i:D3}"] = 3000 + i;

        // The cuts above meet 410 Gone only when the informer had fallen behind the compaction, which
        // depends on timing. Make one certain: hold its reconnect back, move the resourceVersion on
        // with an unrelated write, and compact before the held request is served.
        var listsBeforeForcedExpiry = host.Runner().Informer!.ListCount;
        fixture.Server.Faults.AddLatency($"/apis/test.kube-operator.dev/v1/namespaces/{ns}/testwidgets", TimeSpan.FromSeconds(1));
        fixture.Server.Faults.CutWatches();
        await client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "moves-the-resource-version", NamespaceProperty = ns } });
        fixture.Server.CompactHistory();
        await Eventually.UntilAsync(() => host.Runner().Informer!.ListCount > listsBeforeForcedExpiry, "a re-list after 410 Gone", TimeSpan.FromMinutes(1));
        fixture.Server.Faults.Clear();

        await Eventually.UntilAsync(() => final.All(pair => log.LastSize.GetValueOrDefault(pair.Key) == pair.Value),
            "every final state reconciled", TimeSpan.FromMinutes(2));
        await Eventually.UntilAsync(() => deleted.All(name => log.Deleted.ContainsKey($"{ns}/{name}")),
            "every deletion delivered");
        Assert.All(deleted, name => Assert.Equal(1, log.Deleted[$"{ns}/{name}"]));
        Assert.Equal(0, log.Violations);
        await host.StopAsync();
    }
}
