using System.Globalization;
using System.Net;
using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

[Collection(ContractCollection.Name)]
public sealed class ResourceVersionContractTests(ApiServerFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly IKubernetes _client = fixture.Client;

    private static V1ConfigMap Cm(string name, string value = "1") => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Data = new Dictionary<string, string> { ["v"] = value },
    };

    private static ulong Rv(string? resourceVersion) => ulong.Parse(resourceVersion!, CultureInfo.InvariantCulture);

    private Task<V1ConfigMap> CreateAsync(string ns, V1ConfigMap cm) => _client.CoreV1.CreateNamespacedConfigMapAsync(cm, ns);

    private Task<V1ConfigMap> ReplaceAsync(V1ConfigMap cm) =>
        _client.CoreV1.ReplaceNamespacedConfigMapAsync(cm, cm.Metadata.Name, cm.Metadata.NamespaceProperty);

    [Fact]
    public async Task Writes_AcrossObjectsAndNamespaces_GetOneIncreasingResourceVersion()
    {
        var ns1 = await fixture.CreateNamespaceAsync();
        var ns2 = await fixture.CreateNamespaceAsync();
        var a = await CreateAsync(ns1, Cm("a"));
        var b = await CreateAsync(ns2, Cm("b"));
        var aRv = a.Metadata.ResourceVersion;
        a.Data["v"] = "2";
        var a2 = await ReplaceAsync(a);
        Assert.True(Rv(aRv) < Rv(b.Metadata.ResourceVersion) && Rv(b.Metadata.ResourceVersion) < Rv(a2.Metadata.ResourceVersion),
            $"{aRv} < {b.Metadata.ResourceVersion} < {a2.Metadata.ResourceVersion}");
        var list = await _client.CoreV1.ListNamespacedConfigMapAsync(ns1);
        Assert.True(Rv(list.Metadata.ResourceVersion) >= Rv(a2.Metadata.ResourceVersion));
        Assert.NotNull(a.Metadata.Uid);
        Assert.NotNull(a.Metadata.CreationTimestamp);
    }

    [Fact]
    public async Task Replace_StaleResourceVersion_ThrowsConflict()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var first = await CreateAsync(ns, Cm("stale"));
        var copy = await _client.CoreV1.ReadNamespacedConfigMapAsync("stale", ns);
        first.Data["v"] = "by-first";
        await ReplaceAsync(first);
        copy.Data["v"] = "by-stale-copy";
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.Conflict, () => ReplaceAsync(copy));
        Assert.Equal("Conflict", status.Reason);
        Assert.Equal("by-first", (await _client.CoreV1.ReadNamespacedConfigMapAsync("stale", ns)).Data["v"]);
    }

    [Fact]
    public async Task Create_ExistingName_ThrowsAlreadyExists()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await CreateAsync(ns, Cm("dup"));
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.Conflict, () => CreateAsync(ns, Cm("dup")));
        Assert.Equal("AlreadyExists", status.Reason);
        Assert.Equal("dup", status.Details.Name);
    }

    [Fact]
    public async Task Create_GenerateName_ServerCompletesName()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var created = await CreateAsync(ns, new V1ConfigMap { Metadata = new V1ObjectMeta { GenerateName = "gen-" } });
        Assert.Matches("^gen-[a-z0-9]{5}$", created.Metadata.Name);
    }

    [Fact]
    public async Task Create_MissingNamespace_ThrowsNotFound()
    {
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.NotFound, () => CreateAsync("kc-no-such-namespace", Cm("x")));
        Assert.Equal("NotFound", status.Reason);
    }

    [Fact]
    public async Task Replace_NoChange_KeepsResourceVersionAndEmitsNoEvent()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var created = await CreateAsync(ns, Cm("same"));
        var again = await ReplaceAsync(created);
        Assert.Equal(created.Metadata.ResourceVersion, again.Metadata.ResourceVersion);
        var patched = await _client.CoreV1.PatchNamespacedConfigMapAsync(
            new V1Patch(new { data = new { v = "1" } }, V1Patch.PatchType.MergePatch), "same", ns);
        Assert.Equal(created.Metadata.ResourceVersion, patched.Metadata.ResourceVersion);

        // The first event after the no-op writes must be the marker written after them.
        await CreateAsync(ns, Cm("marker"));
        await using var events = _client.CoreV1.WatchListNamespacedConfigMapAsync(ns,
            resourceVersion: created.Metadata.ResourceVersion).GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Deadline));
        Assert.Equal((WatchEventType.Added, "marker"), (events.Current.Item1, events.Current.Item2.Metadata.Name));
    }

    [Fact]
    public async Task Replace_CustomResourceWithoutResourceVersion_ThrowsInvalid()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var widget = await fixture.Widgets.CreateAsync(V1Widget.Create(ns, "w"));
        widget.Metadata.ResourceVersion = null;
        widget.Spec.Size = 5;
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.UnprocessableEntity, () => fixture.Widgets.ReplaceAsync(widget));
        Assert.Contains(status.Causes(), c => c.Field == "metadata.resourceVersion");
    }

    [Fact]
    public async Task Replace_ConfigMapWithoutResourceVersion_IsUnconditional()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var created = await CreateAsync(ns, Cm("free"));
        created.Metadata.ResourceVersion = null;
        created.Data["v"] = "2";
        Assert.Equal("2", (await ReplaceAsync(created)).Data["v"]);
    }
}
