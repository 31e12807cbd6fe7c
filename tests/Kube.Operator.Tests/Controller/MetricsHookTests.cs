using Kube.Operator.Client;
using Kube.Operator.Metrics;
using Kube.Operator.Tests.Support;
using TestSupport;

namespace Kube.Operator.Tests.Controller;

public sealed class MetricsHookTests(OperatorFixture fixture) : IClassFixture<OperatorFixture>
{
    [Fact]
    public async Task Metrics_RegisteredBeforeOperator_SeeEveryReconcileAndFailure()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var log = new ReconcileLog { FinalizerFailures = 2 };
        var metrics = new CountingMetrics();
        using var host = await OperatorHost.StartAsync(client, log, s =>
        {
            s.EnableLeaderElection = false;
            s.Namespace = ns;
        }, withFinalizer: true, metrics: metrics);

        for (var i = 0; i < 3; i++) await client.CreateAsync(V1TestWidget.Create(ns, $"m{i}", i));
        await Eventually.UntilAsync(() => log.NoOp.Count == 3, "settled");
        await client.DeleteAsync<V1TestWidget>("m0", ns);
        await Eventually.UntilAsync(async () => await client.GetAsync<V1TestWidget>("m0", ns) is null, "finalized after two failures");
        await Eventually.UntilAsync(() => log.Deleted.ContainsKey($"{ns}/m0"), "deleted callback");

        Assert.Equal(2, metrics.Reconciles.GetValueOrDefault(ReconcileOutcome.Error));
        Assert.Equal(2, metrics.Retries);
        Assert.True(metrics.Reconciles.GetValueOrDefault(ReconcileOutcome.Success) >= log.Total, "every reconcile reported");
        Assert.True(metrics.Adds >= 6);
        Assert.Equal(0, metrics.LastDepth);
        await host.StopAsync();
    }
}
