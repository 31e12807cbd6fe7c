using k8s.Autorest;
using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Tests.Support;

namespace Kube.Operator.Tests.Client;

// The operations of Kube.Operator.Client as the package sends them, against the embedded API server.
public sealed class KubernetesClientExtensionsTests(OperatorFixture fixture) : IClassFixture<OperatorFixture>
{
    [Fact]
    public async Task GetAsync_Missing_ReturnsNull_AndDeleteAsync_Missing_DoesNotThrow()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        Assert.Null(await client.GetAsync<V1ConfigMap>("nope", ns));
        await client.DeleteAsync<V1ConfigMap>("nope", ns);
    }

    [Fact]
    public async Task ListAllAsync_SmallPages_ReturnsEverythingAtOneVersion()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        for (var i = 0; i < 5; i++)
            await client.CreateAsync(new V1ConfigMap
            {
                Metadata = new V1ObjectMeta { Name = $"c{i}", NamespaceProperty = ns, Labels = new Dictionary<string, string> { ["odd"] = (i % 2).ToString() } },
            });
        var all = await client.ListAllAsync<V1ConfigMap>(ns, new ListOptions { Limit = 2 });
        Assert.Equal(["c0", "c1", "c2", "c3", "c4"], all.Items.Select(c => c.Metadata.Name).Order());
        Assert.False(string.IsNullOrEmpty(all.Metadata.ResourceVersion));
        Assert.Null(all.Metadata.ContinueProperty);

        var page = await client.ListAsync<V1ConfigMap>(ns, new ListOptions { Limit = 2 });
        Assert.Equal(2, page.Items.Count);
        Assert.False(string.IsNullOrEmpty(page.Metadata.ContinueProperty));

        var odd = await client.ListAsync<V1ConfigMap>(ns, "odd=1");
        Assert.Equal(["c1", "c3"], odd.Select(c => c.Metadata.Name).Order());
        var byField = await client.ListAsync<V1ConfigMap>(ns, new ListOptions { FieldSelector = "metadata.name=c4" });
        Assert.Equal("c4", Assert.Single(byField.Items).Metadata.Name);
    }

    [Fact]
    public async Task ApplyAsync_CreatesThenUpdates_AndJsonPatchTestFailureIsInvalid()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var intent = new V1ConfigMap
        {
            Metadata = new V1ObjectMeta { Name = "applied", NamespaceProperty = ns },
            Data = new Dictionary<string, string> { ["a"] = "1" },
        };
        var created = await client.ApplyAsync(intent, "kube-operator-tests");
        Assert.Equal("1", created.Data["a"]);
        intent.Data["a"] = "2";
        var updated = await client.ApplyAsync(intent, "kube-operator-tests");
        Assert.Equal("2", updated.Data["a"]);

        var patched = await client.JsonPatchAsync<V1ConfigMap>("applied", ns,
            """[{"op":"test","path":"/data/a","value":"2"},{"op":"add","path":"/data/b","value":"3"}]""");
        Assert.Equal("3", patched.Data["b"]);
        var error = await Assert.ThrowsAsync<HttpOperationException>(() => client.JsonPatchAsync<V1ConfigMap>("applied", ns,
            """[{"op":"test","path":"/data/a","value":"wrong"}]"""));
        Assert.True(error.IsInvalid(), error.Message);
    }

    [Fact]
    public async Task StatusSubresource_PatchAndUpdate_TouchOnlyStatus()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var widget = await client.CreateAsync(V1TestWidget.Create(ns, "w", 3));
        var patched = await client.PatchStatusAsync<V1TestWidget>(
            new V1Patch("""{"status":{"phase":"Ready"},"spec":{"size":99}}""", V1Patch.PatchType.MergePatch), "w", ns);
        Assert.Equal("Ready", patched.Status.Phase);
        Assert.Equal(3, patched.Spec.Size);

        patched.Status.ObservedSize = 3;
        var updated = await client.UpdateStatusAsync(patched);
        Assert.Equal(3, (await client.GetStatusAsync<V1TestWidget>("w", ns)).Status.ObservedSize);

        var conflict = await Assert.ThrowsAsync<HttpOperationException>(() => client.UpdateStatusAsync(patched)); // stale now
        Assert.True(conflict.IsConflict(), conflict.Message);
        Assert.NotEqual(widget.Metadata.ResourceVersion, updated.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task DeleteAsync_WithOptions_ReturnsObjectKeptByFinalizer_ThenNullWhenGone()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var created = await client.CreateAsync(new V1ConfigMap
        {
            Metadata = new V1ObjectMeta { Name = "held", NamespaceProperty = ns, Finalizers = ["test.kube-operator.dev/hold"] },
        });
        var kept = await client.DeleteAsync<V1ConfigMap>("held", ns,
            new V1DeleteOptions { Preconditions = new V1Preconditions { Uid = created.Metadata.Uid } });
        Assert.NotNull(kept?.Metadata.DeletionTimestamp);

        await client.MergePatchAsync<V1ConfigMap>("held", ns, """{"metadata":{"finalizers":null}}""");
        Assert.Null(await client.GetAsync<V1ConfigMap>("held", ns));

        await client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "plain", NamespaceProperty = ns } });
        Assert.Null(await client.DeleteAsync<V1ConfigMap>("plain", ns, new V1DeleteOptions { PropagationPolicy = "Background" }));
        var missing = await Assert.ThrowsAsync<HttpOperationException>(() =>
            client.DeleteAsync<V1ConfigMap>("plain", ns, new V1DeleteOptions()));
        Assert.True(missing.IsNotFound());
    }

    [Fact]
    public async Task CreateAsync_NameTaken_IsAlreadyExists()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        await client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "x", NamespaceProperty = ns } });
        var error = await Assert.ThrowsAsync<HttpOperationException>(() =>
            client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "x", NamespaceProperty = ns } }));
        Assert.True(error.IsAlreadyExists(), error.Message);
    }

    [Fact]
    public async Task AllNamespaces_ListAndWatch_SpanNamespaces_AndClusterScopedGetWorks()
    {
        using var client = fixture.NewClient();
        var (a, b) = (await OperatorFixture.CreateNamespaceAsync(client), await OperatorFixture.CreateNamespaceAsync(client));
        var mark = Guid.NewGuid().ToString("N")[..8];
        var labels = new Dictionary<string, string> { ["mark"] = mark };
        var start = await client.ListAllAsync<V1ConfigMap>(null, new ListOptions { LabelSelector = $"mark={mark}" });
        Assert.Empty(start.Items);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var seen = new List<string>();
        var watching = Task.Run(async () =>
        {
            await foreach (var e in client.WatchEventsAsync<V1ConfigMap>(null,
                               new WatchOptions { ResourceVersion = start.Metadata.ResourceVersion, LabelSelector = $"mark={mark}" }, cts.Token))
            {
                seen.Add($"{e.Entity.Metadata.NamespaceProperty}/{e.Entity.Metadata.Name}");
                if (seen.Count == 2) return;
            }
        });
        await client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "x", NamespaceProperty = a, Labels = labels } });
        await client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "y", NamespaceProperty = b, Labels = labels } });
        await watching.WaitAsync(cts.Token);
        Assert.Equal([$"{a}/x", $"{b}/y"], seen);
        Assert.Equal(2, (await client.ListAsync<V1ConfigMap>(null, $"mark={mark}")).Count);
        Assert.Equal(a, (await client.GetAsync<V1Namespace>(a))?.Metadata.Name);
    }
}
