using System.Text.Json.Nodes;
using Kube.TestApiServer.Tests.Support;

namespace Kube.TestApiServer.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task ParallelWrites_EveryWatcherSeesEachOnceWithIncreasingVersions()
    {
        await using var server = await TestApiServer.StartAsync();
        using var api = new Api(server.BaseAddress);
        var ns = await api.NewNamespaceAsync("par");
        var collection = $"/api/v1/namespaces/{ns}/configmaps";
        var rv = (await api.GetAsync(collection))["metadata"]!["resourceVersion"]!.GetValue<string>();
        var watches = new List<WatchStream>();
        for (var w = 0; w < 4; w++) watches.Add(await WatchStream.OpenAsync(api.Http, $"{collection}?watch=true&resourceVersion={rv}"));
        try
        {
            const int count = 200;
            var created = await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
                api.PostAsync(collection, $$$"""{"metadata":{"name":"p{{{i}}}","labels":{"i":"{{{i}}}"}},"data":{"v":"{{{i}}}"}}""")));
            Assert.Equal(count, created.Select(Api.Rv).Distinct().Count());
            foreach (var watch in watches)
            {
                var last = long.Parse(rv);
                var names = new HashSet<string>();
                for (var i = 0; i < count; i++)
                {
                    var e = (await watch.NextAsync())!;
                    Assert.Equal("ADDED", e["type"]!.GetValue<string>());
                    var eventRv = long.Parse(e["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>());
                    Assert.True(eventRv > last, $"{eventRv} after {last}");
                    last = eventRv;
                    Assert.True(names.Add(e["object"]!["metadata"]!["name"]!.GetValue<string>()));
                }
            }
            var list = await api.GetAsync(collection);
            Assert.Equal(count, list["items"]!.AsArray().Count);
            Assert.All(list["items"]!.AsArray(), item => Assert.IsType<JsonObject>(item));
        }
        finally
        {
            foreach (var watch in watches) await watch.DisposeAsync();
        }
    }
}
