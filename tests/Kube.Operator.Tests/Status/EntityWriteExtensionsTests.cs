using Kube.Operator.Client;
using Kube.Operator.Status;
using Kube.Operator.Tests.Support;

namespace Kube.Operator.Tests.Status;

public sealed class EntityWriteExtensionsTests(OperatorFixture fixture) : IClassFixture<OperatorFixture>
{
    [Fact]
    public async Task ReconcileStatusAsync_StaleCopy_RereadsRecomputesAndWrites()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var stale = await client.CreateAsync(V1TestWidget.Create(ns, "raced", 1));
        await client.MergePatchAsync<V1TestWidget>("raced", ns, new { spec = new { size = 5 } }); // someone else moved it on

        var calls = 0;
        var stored = await client.ReconcileStatusAsync(stale, w =>
        {
            calls++;
            w.Status.ObservedSize = w.Spec.Size;
        });

        Assert.Equal(2, calls); // computed on the stale copy, 409, computed again on the fresh one
        Assert.Equal(5, stored.Status.ObservedSize);
        Assert.Equal(5, (await client.GetAsync<V1TestWidget>("raced", ns))!.Status.ObservedSize);
    }

    [Fact]
    public async Task ReconcileStatusAsync_NothingChanged_WritesNothing()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        await client.CreateAsync(V1TestWidget.Create(ns, "calm", 3));
        var current = await client.ReconcileStatusAsync((await client.GetAsync<V1TestWidget>("calm", ns))!,
            w => w.Status.ObservedSize = w.Spec.Size);
        var version = current.Metadata.ResourceVersion;

        var again = await client.ReconcileStatusAsync(current, w => w.Status.ObservedSize = w.Spec.Size);

        Assert.Same(current, again);
        Assert.Equal(version, (await client.GetAsync<V1TestWidget>("calm", ns))!.Metadata.ResourceVersion);
    }
}
