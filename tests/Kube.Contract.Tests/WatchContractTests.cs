using System.Globalization;
using Kube.Client.Autorest;
using Kube.Client.KubernetesClient;
using Kube.Client.Models;

namespace Kube.Client.Tests.Contract;

[Collection(ContractCollection.Name)]
public sealed class WatchContractTests(ApiServerFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly IKubernetesClient _client = fixture.Client;

    private static V1ConfigMap Cm(string ns, string name, string value = "0", Dictionary<string, string>? labels = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, Labels = labels },
        Data = new Dictionary<string, string> { ["v"] = value },
    };

    private static async Task<WatchEvent<T>> NextAsync<T>(IAsyncEnumerator<WatchEvent<T>> events)
    {
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Deadline), "watch ended");
        return events.Current;
    }

    [Fact]
    public async Task Watch_FromResourceVersion_SeesOnlyLaterChangesInOrder()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _client.CreateAsync(Cm(ns, "before"));
        var start = (await _client.ListAsync<V1ConfigMap>(ns, new ListOptions())).Metadata.ResourceVersion;
        var a = await _client.CreateAsync(Cm(ns, "a"));
        a.Data!["v"] = "1";
        await _client.UpdateAsync(a);
        await _client.DeleteAsync<V1ConfigMap>("a", ns);

        await using var events = _client.WatchEventsAsync<V1ConfigMap>(ns, new WatchOptions { ResourceVersion = start }).GetAsyncEnumerator();
        var seen = new List<string>();
        var versions = new List<ulong>();
        for (var i = 0; i < 3; i++)
        {
            var e = await NextAsync(events);
            seen.Add($"{e.Type} {e.Entity.Metadata.Name} {e.Entity.Data?["v"]}");
            versions.Add(ulong.Parse(e.ResourceVersion!, CultureInfo.InvariantCulture));
        }
        Assert.Equal(["Added a 0", "Modified a 1", "Deleted a 1"], seen);
        Assert.Equal(versions.Order(), versions);
    }

    [Fact]
    public async Task Watch_WithoutResourceVersion_StartsWithCurrentStateAsAdded()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _client.CreateAsync(Cm(ns, "existing"));
        await using var events = _client.WatchAsync<V1ConfigMap>(ns).GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Deadline));
        Assert.Equal((WatchEventType.Added, "existing"), (events.Current.Type, events.Current.Entity.Metadata.Name));
    }

    [Fact]
    public async Task Watch_Bookmarks_AdvanceTheResumePoint()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var other = await fixture.CreateNamespaceAsync();
        var start = (await _client.ListAsync<V1ConfigMap>(ns, new ListOptions())).Metadata.ResourceVersion!;
        await _client.CreateAsync(Cm(other, "elsewhere")); // moves the global resourceVersion, not this namespace
        await using var events = _client.WatchEventsAsync<V1ConfigMap>(ns, new WatchOptions
        {
            ResourceVersion = start, AllowWatchBookmarks = true, YieldBookmarks = true, TimeoutSeconds = 2,
        }).GetAsyncEnumerator();
        var bookmark = await NextAsync(events);
        Assert.Equal(WatchEventType.Bookmark, bookmark.Type);
        Assert.True(ulong.Parse(bookmark.ResourceVersion!, CultureInfo.InvariantCulture) >= ulong.Parse(start, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Watch_ServerSideTimeout_ResumesTransparently()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var path = $"/api/v1/namespaces/{ns}/configmaps?watch=true";
        var twoConnections = fixture.Recorder.WaitForAsync(r => r.Contains(path, StringComparison.Ordinal), 2);
        await using var events = _client.WatchEventsAsync<V1ConfigMap>(ns, new WatchOptions
        {
            ResourceVersion = (await _client.ListAsync<V1ConfigMap>(ns, new ListOptions())).Metadata.ResourceVersion,
            TimeoutSeconds = 1,
        }).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        await twoConnections.WaitAsync(Deadline); // the first connection timed out and the watch reconnected
        await _client.CreateAsync(Cm(ns, "after-timeout"));
        Assert.True(await next.WaitAsync(Deadline));
        Assert.Equal("after-timeout", events.Current.Entity.Metadata.Name);
    }

    [Fact]
    [Trait(ContractCollection.Requires, ContractCollection.ServerHooks)]
    public async Task Watch_CutStream_ResumesWithoutLossOrDuplicates()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var start = (await _client.ListAsync<V1ConfigMap>(ns, new ListOptions())).Metadata.ResourceVersion;
        await using var events = _client.WatchEventsAsync<V1ConfigMap>(ns, new WatchOptions { ResourceVersion = start }).GetAsyncEnumerator();
        await _client.CreateAsync(Cm(ns, "one"));
        Assert.Equal("one", (await NextAsync(events)).Entity.Metadata.Name);
        fixture.Hooks.Faults.CutWatches();
        await _client.CreateAsync(Cm(ns, "two"));
        await _client.CreateAsync(Cm(ns, "three"));
        Assert.Equal("two", (await NextAsync(events)).Entity.Metadata.Name);
        Assert.Equal("three", (await NextAsync(events)).Entity.Metadata.Name);
    }

    [Fact]
    public async Task Watch_ResourceVersionOlderThanHistory_ThrowsGone()
    {
        var ns = await fixture.CreateNamespaceAsync();
        string tooOld;
        if (fixture.Server is { } server)
        {
            tooOld = (await _client.CreateAsync(Cm(ns, "old"))).Metadata.ResourceVersion!;
            await _client.CreateAsync(Cm(ns, "newer"));
            server.CompactHistory();
        }
        else
        {
            tooOld = "1"; // a real cluster compacts etcd every few minutes; revision 1 is long gone
        }
        var error = await Assert.ThrowsAsync<GoneException>(async () =>
        {
            await foreach (var _ in _client.WatchEventsAsync<V1ConfigMap>(ns, new WatchOptions { ResourceVersion = tooOld }))
            {
            }
        });
        Assert.Contains(error.Reason, new[] { "Expired", "Gone" });
    }

    [Fact]
    public async Task Watch_LabelSelector_TranslatesMatchChangesToAddedAndDeleted()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var start = (await _client.ListAsync<V1ConfigMap>(ns, new ListOptions())).Metadata.ResourceVersion;
        await using var events = _client.WatchEventsAsync<V1ConfigMap>(ns,
            new WatchOptions { ResourceVersion = start, LabelSelector = "tier=gold" }).GetAsyncEnumerator();
        var cm = await _client.CreateAsync(Cm(ns, "moving", labels: new() { ["tier"] = "bronze" }));
        cm.Metadata.Labels!["tier"] = "gold";
        cm = await _client.UpdateAsync(cm);
        cm.Metadata.Labels!["tier"] = "silver";
        await _client.UpdateAsync(cm);
        var first = await NextAsync(events);
        var second = await NextAsync(events);
        Assert.Equal([WatchEventType.Added, WatchEventType.Deleted], [first.Type, second.Type]);
    }
}
