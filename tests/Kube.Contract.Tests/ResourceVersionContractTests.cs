using System.Globalization;
using Kube.Client.Autorest;
using Kube.Client.KubernetesClient;
using Kube.Client.Models;

namespace Kube.Client.Tests.Contract;

[Collection(ContractCollection.Name)]
public sealed class ResourceVersionContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetesClient _client = fixture.Client;

    private static V1ConfigMap Cm(string ns, string name, string value = "1") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
        Data = new Dictionary<string, string> { ["v"] = value },
    };

    private static ulong Rv(V1ConfigMap o) =>
        ulong.Parse(o.Metadata.ResourceVersion!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Writes_AcrossObjectsAndNamespaces_GetOneIncreasingResourceVersion()
    {
        var ns1 = await fixture.CreateNamespaceAsync();
        var ns2 = await fixture.CreateNamespaceAsync();
        var a = await _client.CreateAsync(Cm(ns1, "a"));
        var b = await _client.CreateAsync(Cm(ns2, "b"));
        a.Data!["v"] = "2";
        var a2 = await _client.UpdateAsync(a);
        Assert.True(Rv(a) < Rv(b) && Rv(b) < Rv(a2), $"{Rv(a)} < {Rv(b)} < {Rv(a2)}");
        var list = await _client.ListAsync<V1ConfigMap>(ns1, new ListOptions());
        Assert.True(ulong.Parse(list.Metadata.ResourceVersion!, CultureInfo.InvariantCulture) >= Rv(a2));
        Assert.NotNull(a.Metadata.Uid);
        Assert.NotNull(a.Metadata.CreationTimestamp);
    }

    [Fact]
    public async Task UpdateAsync_StaleResourceVersion_ThrowsConflict()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var first = await _client.CreateAsync(Cm(ns, "stale"));
        var copy = await _client.GetAsync<V1ConfigMap>("stale", ns);
        first.Data!["v"] = "by-first";
        await _client.UpdateAsync(first);
        copy!.Data!["v"] = "by-stale-copy";
        var error = await Assert.ThrowsAsync<ConflictException>(() => _client.UpdateAsync(copy));
        Assert.Equal("Conflict", error.Reason);
        Assert.Equal("by-first", (await _client.GetAsync<V1ConfigMap>("stale", ns))!.Data!["v"]);
    }

    [Fact]
    public async Task CreateAsync_ExistingName_ThrowsAlreadyExists()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _client.CreateAsync(Cm(ns, "dup"));
        var error = await Assert.ThrowsAsync<AlreadyExistsException>(() => _client.CreateAsync(Cm(ns, "dup")));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, error.StatusCode);
        Assert.Equal("dup", error.Status!.Details!.Name);
    }

    [Fact]
    public async Task CreateAsync_GenerateName_ServerCompletesName()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var created = await _client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { GenerateName = "gen-", NamespaceProperty = ns } });
        Assert.Matches("^gen-[a-z0-9]{5}$", created.Metadata.Name);
    }

    [Fact]
    public async Task CreateAsync_MissingNamespace_ThrowsNotFound() =>
        await Assert.ThrowsAsync<NotFoundException>(() => _client.CreateAsync(Cm("kc-no-such-namespace", "x")));

    [Fact]
    public async Task UpdateAsync_NoChange_KeepsResourceVersionAndEmitsNoEvent()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var created = await _client.CreateAsync(Cm(ns, "same"));
        var again = await _client.UpdateAsync(created);
        Assert.Equal(created.Metadata.ResourceVersion, again.Metadata.ResourceVersion);
        var patched = await _client.MergePatchAsync<V1ConfigMap>("same", ns, new { data = new { v = "1" } });
        Assert.Equal(created.Metadata.ResourceVersion, patched.Metadata.ResourceVersion);

        // The first event after the no-op writes must be the marker written after them.
        await _client.CreateAsync(Cm(ns, "marker"));
        await using var events = _client.WatchEventsAsync<V1ConfigMap>(ns,
            new WatchOptions { ResourceVersion = created.Metadata.ResourceVersion }).GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(("marker", WatchEventType.Added), (events.Current.Entity.Metadata.Name, events.Current.Type));
    }

    [Fact]
    public async Task UpdateAsync_CustomResourceWithoutResourceVersion_ThrowsInvalid()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var widget = await _client.CreateAsync(V1Widget.Create(ns, "w"));
        widget.Metadata.ResourceVersion = null;
        widget.Spec.Size = 5;
        var error = await Assert.ThrowsAsync<InvalidException>(() => _client.UpdateAsync(widget));
        Assert.Contains(error.Causes, c => c.Field == "metadata.resourceVersion");
    }

    [Fact]
    public async Task UpdateAsync_ConfigMapWithoutResourceVersion_IsUnconditional()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var created = await _client.CreateAsync(Cm(ns, "free"));
        created.Metadata.ResourceVersion = null;
        created.Data!["v"] = "2";
        Assert.Equal("2", (await _client.UpdateAsync(created)).Data!["v"]);
    }
}
