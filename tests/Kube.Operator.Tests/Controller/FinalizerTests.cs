using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Tests.Support;
using TestSupport;

namespace Kube.Operator.Tests.Controller;

public sealed class FinalizerTests(OperatorFixture fixture) : IClassFixture<OperatorFixture>
{
    [Fact]
    public async Task Finalizer_AddedThenRunOnDelete_ObjectDisappears()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var log = new ReconcileLog();
        using var host = await OperatorHost.StartAsync(client, log, Settings(ns), withFinalizer: true);

        await client.CreateAsync(V1TestWidget.Create(ns, "cleaned", 1));
        await Eventually.UntilAsync(async () => (await client.GetAsync<V1TestWidget>("cleaned", ns))?.HasFinalizer(WidgetFinalizer.Name) == true,
            "finalizer attached on first reconcile");
        await client.DeleteAsync<V1TestWidget>("cleaned", ns);
        await Eventually.UntilAsync(async () => await client.GetAsync<V1TestWidget>("cleaned", ns) is null, "object gone");
        Assert.Equal(["cleaned"], log.Finalized);
        await host.StopAsync();
    }

    [Fact]
    public async Task Finalizer_Failing_RetriedWithBackoffAndObjectStaysUntilSuccess()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var log = new ReconcileLog { FinalizerFailures = int.MaxValue };
        using var host = await OperatorHost.StartAsync(client, log, Settings(ns), withFinalizer: true);

        await client.CreateAsync(V1TestWidget.Create(ns, "stubborn", 1));
        await Eventually.UntilAsync(async () => (await client.GetAsync<V1TestWidget>("stubborn", ns))?.HasFinalizer(WidgetFinalizer.Name) == true,
            "finalizer attached");
        await client.DeleteAsync<V1TestWidget>("stubborn", ns);
        await Eventually.UntilAsync(() => log.FinalizeAttempts >= 4, "four failed attempts");
        var held = await client.GetAsync<V1TestWidget>("stubborn", ns);
        Assert.NotNull(held); // still there while the finalizer fails
        Assert.NotNull(held.Metadata.DeletionTimestamp);
        Assert.Contains(WidgetFinalizer.Name, held.Metadata.Finalizers!);
        Assert.True(host.Runner().Queue!.NumRequeues(new Informer.ObjectKey(ns, "stubborn")) >= 3, "failures are counted for backoff");

        log.FinalizerFailures = log.FinalizeAttempts; // the next attempt succeeds
        await Eventually.UntilAsync(async () => await client.GetAsync<V1TestWidget>("stubborn", ns) is null, "object gone");
        Assert.Equal(["stubborn"], log.Finalized);
        await host.StopAsync();
    }

    private static Action<OperatorSettings> Settings(string ns) => s =>
    {
        s.EnableLeaderElection = false;
        s.Namespace = ns;
    };
}
