using k8s;
using k8s.Autorest;
using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Tests.Support;
using TestSupport;

namespace Kube.Operator.Tests.Client;

public sealed class ResourceRequestsWatchTests(OperatorFixture fixture) : IClassFixture<OperatorFixture>
{
    [Fact]
    public async Task WatchEvents_FromCompactedVersion_EndsWithGone()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var first = await client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "a", NamespaceProperty = ns } });
        await client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "b", NamespaceProperty = ns } });
        fixture.Server.CompactHistory();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var error = await Assert.ThrowsAsync<HttpOperationException>(async () =>
        {
            await foreach (var _ in client.WatchEventsAsync<V1ConfigMap>(ns,
                               new WatchOptions { ResourceVersion = first.Metadata.ResourceVersion }, cts.Token))
            {
            }
        });
        Assert.True(error.IsGone(), error.Message);
    }

    [Fact]
    public async Task WatchEvents_CutStream_ResumesWithoutLossOrDuplicates()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var list = await client.ListAllAsync<V1ConfigMap>(ns);
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var seen = new List<string>();
        var watching = Task.Run(async () =>
        {
            await foreach (var e in client.WatchEventsAsync<V1ConfigMap>(ns,
                               new WatchOptions { ResourceVersion = list.Metadata.ResourceVersion }, cts.Token))
            {
                lock (seen) seen.Add($"{e.Type} {e.Entity.Metadata.Name}");
                if (e.Entity.Metadata.Name == "c9") return;
            }
        });
        for (var i = 0; i < 10; i++)
        {
            await client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = $"c{i}", NamespaceProperty = ns } });
            if (i % 3 == 0) fixture.Server.Faults.CutWatches();
        }
        await watching.WaitAsync(cts.Token);
        lock (seen) Assert.Equal(Enumerable.Range(0, 10).Select(i => $"{WatchEventType.Added} c{i}"), seen);
    }
}
