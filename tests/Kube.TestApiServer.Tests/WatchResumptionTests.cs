using Kube.TestApiServer.Tests.Support;
using TestSupport;

namespace Kube.TestApiServer.Tests;

public sealed class WatchResumptionTests
{
    /// <summary>
    /// 1,000 changes observed exactly once and in order by a list-then-watch consumer while the
    /// server forces three 410 re-lists (history compacted while the consumer is cut off) and two
    /// plain cut streams (resumed from the last version, no re-list).
    /// </summary>
    [Fact]
    public async Task ListThenWatch_ThousandChanges_ObservedOnceInOrder_AcrossCompactionsAndCuts()
    {
        await using var server = await TestApiServer.StartAsync();
        using var api = new Api(server.BaseAddress);
        var ns = await api.NewNamespaceAsync("thousand");
        var collection = $"/api/v1/namespaces/{ns}/configmaps";
        var consumer = new ListWatchConsumer(api.Http, collection);
        using var stop = new CancellationTokenSource();
        var running = consumer.RunAsync(stop.Token);

        var expected = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            if (i is 150 or 450 or 750) await ForceRelistAsync(i);
            if (i is 300 or 600)
            {
                await Eventually.UntilAsync(() => Task.FromResult(consumer.Count == expected.Count), $"consumer caught up at {i} ({consumer.Count}/{expected.Count}, relists {consumer.Relists}, resumes {consumer.Resumes}, last {consumer.Observed.LastOrDefault()})");
                server.Faults.CutWatches();
            }
            var name = $"c{i:D4}";
            await api.PostAsync(collection, $$$"""{"metadata":{"name":"{{{name}}}"},"data":{"i":"{{{i}}}"}}""");
            expected.Add(name);
        }
        await Eventually.UntilAsync(() => Task.FromResult(consumer.Count >= expected.Count), "all 1000 observed");
        await stop.CancelAsync();
        await running;

        Assert.Equal(expected, consumer.Observed);
        Assert.Equal(3, consumer.Relists);
        Assert.True(consumer.Resumes >= 5, $"resumes: {consumer.Resumes}");

        async Task ForceRelistAsync(int at)
        {
            // Cut the consumer off (its GETs fail), move history on past its version, compact, let it back.
            await Eventually.UntilAsync(() => Task.FromResult(consumer.Count == expected.Count), $"consumer caught up at {at} ({consumer.Count}/{expected.Count}, relists {consumer.Relists}, resumes {consumer.Resumes}, last {consumer.Observed.LastOrDefault()})");
            server.Faults.FailNext(collection, int.MaxValue, 503, "GET");
            server.Faults.CutWatches();
            for (var j = 0; j < 10; j++)
            {
                var name = $"c{at - 1:D4}-{j}"; // sorts between c{at-1} and c{at}: list order = creation order
                await api.PostAsync(collection, $$$"""{"metadata":{"name":"{{{name}}}"}}""");
                expected.Add(name);
            }
            server.CompactHistory();
            server.Faults.Clear();
        }
    }
}
