using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Tests.Support;
using TestSupport;

namespace Kube.Operator.Tests.Controller;

public sealed class ControllerScaleTests(OperatorFixture fixture) : IClassFixture<OperatorFixture>
{
    private const int Objects = 1000;

    [Fact]
    public async Task Reconcile_ThousandObjectsAtOnce_EachReconciledNeverConcurrentlyThenQuiet()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var log = new ReconcileLog();
        using var host = await OperatorHost.StartAsync(client, log, s =>
        {
            s.EnableLeaderElection = false;
            s.Namespace = ns;
            s.MaxConcurrentReconciles = 4;
            s.ResyncPeriod = null;
        });

        await Parallel.ForEachAsync(Enumerable.Range(0, Objects), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, ct) => await client.CreateAsync(V1TestWidget.Create(ns, $"w{i:D4}", i % 7), ct));

        // Every object gets its status written, then one more pass (woken by that write) that writes nothing.
        await Eventually.UntilAsync(() => log.NoOp.Count == Objects, $"{Objects} objects settled",
            TimeSpan.FromMinutes(3));
        var stored = await client.ListAllAsync<V1TestWidget>(ns);
        Assert.Equal(Objects, stored.Items.Count);
        Assert.All(stored.Items, w => Assert.Equal(w.Spec.Size, w.Status.ObservedSize));
        Assert.Equal(0, log.Violations);

        // Settled: a sentinel created now is queued behind anything still pending (FIFO), so once it has
        // settled too, nothing else may have reconciled and only the sentinel may have been written.
        var reconcilesBefore = log.Total;
        var versionBefore = long.Parse(stored.Metadata.ResourceVersion!);
        await client.CreateAsync(V1TestWidget.Create(ns, "sentinel", 1));
        await Eventually.UntilAsync(() => log.NoOp.ContainsKey($"{ns}/sentinel"), "sentinel settled");
        var after = await client.ListAllAsync<V1TestWidget>(ns);
        Assert.Equal(2, log.Total - reconcilesBefore);              // sentinel: write pass + no-op pass
        Assert.Equal(versionBefore + 2, long.Parse(after.Metadata.ResourceVersion!)); // sentinel: create + status
        Assert.Equal(0, host.Runner().Queue!.Len);
        Assert.Equal(0, log.Violations);
        await host.StopAsync();
    }
}
