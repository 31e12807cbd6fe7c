using System.Globalization;
using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

[Collection(ContractCollection.Name)]
public sealed class WatchContractTests(ApiServerFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly IKubernetes _client = fixture.Client;

    private static V1ConfigMap Cm(string name, string value = "0", Dictionary<string, string>? labels = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = labels },
        Data = new Dictionary<string, string> { ["v"] = value },
    };

    private Task<V1ConfigMap> CreateAsync(string ns, V1ConfigMap cm) => _client.CoreV1.CreateNamespacedConfigMapAsync(cm, ns);

    private Task<V1ConfigMap> ReplaceAsync(V1ConfigMap cm) =>
        _client.CoreV1.ReplaceNamespacedConfigMapAsync(cm, cm.Metadata.Name, cm.Metadata.NamespaceProperty);

    private async Task<string> CurrentResourceVersionAsync(string ns) =>
        (await _client.CoreV1.ListNamespacedConfigMapAsync(ns)).Metadata.ResourceVersion;

    private IAsyncEnumerator<(WatchEventType Type, V1ConfigMap Object)> Watch(string ns, string? resourceVersion,
        string? labelSelector = null, bool? bookmarks = null, int? timeoutSeconds = null, Action<Exception>? onError = null) =>
        _client.CoreV1.WatchListNamespacedConfigMapAsync(ns, resourceVersion: resourceVersion, labelSelector: labelSelector,
            allowWatchBookmarks: bookmarks, timeoutSeconds: timeoutSeconds,
            onError: onError ?? (e => Assert.Fail($"watch error: {e}"))).GetAsyncEnumerator();

    private static async Task<(WatchEventType Type, V1ConfigMap Object)> NextAsync(
        IAsyncEnumerator<(WatchEventType Type, V1ConfigMap Object)> events)
    {
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Deadline), "watch ended");
        return events.Current;
    }

    [Fact]
    public async Task Watch_FromResourceVersion_SeesOnlyLaterChangesInOrder()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await CreateAsync(ns, Cm("before"));
        var start = await CurrentResourceVersionAsync(ns);
        var a = await CreateAsync(ns, Cm("a"));
        a.Data["v"] = "1";
        await ReplaceAsync(a);
        await _client.CoreV1.DeleteNamespacedConfigMapAsync("a", ns);

        await using var events = Watch(ns, start);
        var seen = new List<string>();
        var versions = new List<ulong>();
        for (var i = 0; i < 3; i++)
        {
            var (type, cm) = await NextAsync(events);
            seen.Add($"{type} {cm.Metadata.Name} {cm.Data?["v"]}");
            versions.Add(ulong.Parse(cm.Metadata.ResourceVersion, CultureInfo.InvariantCulture));
        }
        Assert.Equal(["Added a 0", "Modified a 1", "Deleted a 1"], seen);
        Assert.Equal(versions.Order(), versions);
    }

    [Fact]
    public async Task Watch_WithoutResourceVersion_StartsWithCurrentStateAsAdded()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await CreateAsync(ns, Cm("existing"));
        await using var events = Watch(ns, resourceVersion: null);
        var (type, cm) = await NextAsync(events);
        Assert.Equal((WatchEventType.Added, "existing"), (type, cm.Metadata.Name));
    }

    [Fact]
    public async Task Watch_Bookmarks_AdvanceTheResumePoint()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var other = await fixture.CreateNamespaceAsync();
        var start = await CurrentResourceVersionAsync(ns);
        await CreateAsync(other, Cm("elsewhere")); // moves the global resourceVersion, not this namespace
        await using var events = Watch(ns, start, bookmarks: true, timeoutSeconds: 2);
        var (type, bookmark) = await NextAsync(events);
        Assert.Equal(WatchEventType.Bookmark, type);
        // A bookmark is an object of the watched kind that carries only its resourceVersion.
        Assert.Equal(("v1", "ConfigMap"), (bookmark.ApiVersion, bookmark.Kind));
        Assert.True(ulong.Parse(bookmark.Metadata.ResourceVersion, CultureInfo.InvariantCulture) >= ulong.Parse(start, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Watch_ServerSideTimeout_EndsCleanly_AndResumesFromTheLastResourceVersion()
    {
        var ns = await fixture.CreateNamespaceAsync();
        // One event first: KubernetesClient 21 reads the first line before handing out the stream, and
        // reports a watch that ends with no line at all as an HttpRequestException (EndOfStreamException).
        await using var timingOut = Watch(ns, await CurrentResourceVersionAsync(ns), timeoutSeconds: 2);
        var next = timingOut.MoveNextAsync().AsTask();
        var before = await CreateAsync(ns, Cm("before-timeout"));
        Assert.True(await next.WaitAsync(Deadline));
        Assert.False(await timingOut.MoveNextAsync().AsTask().WaitAsync(Deadline), "the watch should end after timeoutSeconds");

        await CreateAsync(ns, Cm("after-timeout"));
        await using var resumed = Watch(ns, before.Metadata.ResourceVersion);
        Assert.Equal("after-timeout", (await NextAsync(resumed)).Object.Metadata.Name);
    }

    [Fact]
    [Trait(ContractCollection.Requires, ContractCollection.ServerHooks)]
    public async Task Watch_CutStream_ResumesFromLastSeenWithoutLossOrDuplicates()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await using var events = Watch(ns, await CurrentResourceVersionAsync(ns));
        await CreateAsync(ns, Cm("one"));
        var one = (await NextAsync(events)).Object;
        Assert.Equal("one", one.Metadata.Name);
        var ended = events.MoveNextAsync().AsTask();
        fixture.Hooks.Faults.CutWatches();
        // A cut stream ends the enumeration, cleanly or with an I/O error, depending on where the cut lands.
        try
        {
            Assert.False(await ended.WaitAsync(Deadline));
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
        }
        await CreateAsync(ns, Cm("two"));
        await CreateAsync(ns, Cm("three"));
        await using var resumed = Watch(ns, one.Metadata.ResourceVersion);
        Assert.Equal("two", (await NextAsync(resumed)).Object.Metadata.Name);
        Assert.Equal("three", (await NextAsync(resumed)).Object.Metadata.Name);
    }

    [Fact]
    public async Task Watch_ResourceVersionOlderThanHistory_SendsGoneErrorEvent()
    {
        var ns = await fixture.CreateNamespaceAsync();
        string tooOld;
        if (fixture.Server is { } server)
        {
            tooOld = (await CreateAsync(ns, Cm("old"))).Metadata.ResourceVersion;
            await CreateAsync(ns, Cm("newer"));
            server.CompactHistory();
        }
        else
        {
            tooOld = "1"; // a real cluster compacts etcd every few minutes; revision 1 is long gone
        }
        var errors = new List<Exception>();
        await using var events = Watch(ns, tooOld, onError: errors.Add);
        Assert.False(await events.MoveNextAsync().AsTask().WaitAsync(Deadline), "the server should close the stream after the ERROR event");
        var error = Assert.IsType<KubernetesException>(Assert.Single(errors));
        Assert.Equal(410, error.Status.Code);
        Assert.Contains(error.Status.Reason, new[] { "Expired", "Gone" });
    }

    [Fact]
    public async Task Watch_LabelSelector_TranslatesMatchChangesToAddedAndDeleted()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await using var events = Watch(ns, await CurrentResourceVersionAsync(ns), labelSelector: "tier=gold");
        var cm = await CreateAsync(ns, Cm("moving", labels: new() { ["tier"] = "bronze" }));
        cm.Metadata.Labels["tier"] = "gold";
        cm = await ReplaceAsync(cm);
        cm.Metadata.Labels["tier"] = "silver";
        await ReplaceAsync(cm);
        var first = await NextAsync(events);
        var second = await NextAsync(events);
        Assert.Equal([WatchEventType.Added, WatchEventType.Deleted], [first.Type, second.Type]);
    }
}
