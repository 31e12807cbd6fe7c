using Kube.Client.Autorest;
using Kube.Client.KubernetesClient;
using Kube.Client.Models;

namespace Kube.Client.Tests.Contract;

[Collection(ContractCollection.Name)]
public sealed class PatchContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetesClient _client = fixture.Client;

    private async Task<(string Ns, V1Widget Widget)> WidgetAsync()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var draft = V1Widget.Create(ns, "p", size: 2);
        draft.Spec.Color = "red";
        draft.Spec.Tags = ["a", "b"];
        return (ns, await _client.CreateAsync(draft));
    }

    [Fact]
    public async Task MergePatch_NullDeletesKeyAndArraysAreReplaced()
    {
        var (ns, _) = await WidgetAsync();
        var patched = await _client.MergePatchAsync<V1Widget>("p", ns, """{"spec":{"color":null,"tags":["c"],"size":3}}""");
        Assert.Null(patched.Spec.Color);
        Assert.Equal(["c"], patched.Spec.Tags!);
        Assert.Equal(3, patched.Spec.Size);
    }

    [Fact]
    public async Task MergePatch_WithStaleResourceVersion_ThrowsConflict()
    {
        var (ns, widget) = await WidgetAsync();
        await _client.MergePatchAsync<V1Widget>("p", ns, new { spec = new { size = 5 } });
        await Assert.ThrowsAsync<ConflictException>(() => _client.MergePatchAsync<V1Widget>("p", ns,
            new { metadata = new { resourceVersion = widget.Metadata.ResourceVersion }, spec = new { size = 6 } }));
    }

    [Fact]
    public async Task JsonPatch_EscapedPathAndTest_AppliesOrFailsWith422()
    {
        var (ns, widget) = await WidgetAsync();
        var patched = await _client.JsonPatchAsync<V1Widget>("p", ns, """
            [{"op":"test","path":"/spec/size","value":2},
             {"op":"add","path":"/metadata/labels","value":{}},
             {"op":"add","path":"/metadata/labels/app.kubernetes.io~1name","value":"w"},
             {"op":"replace","path":"/spec/tags/0","value":"z"}]
            """);
        Assert.Equal("w", patched.Metadata.Labels!["app.kubernetes.io/name"]);
        Assert.Equal(["z", "b"], patched.Spec.Tags!);
        await Assert.ThrowsAsync<InvalidException>(() => _client.JsonPatchAsync<V1Widget>("p", ns,
            """[{"op":"test","path":"/spec/size","value":999},{"op":"replace","path":"/spec/size","value":1}]"""));
        Assert.Equal(2, (await _client.GetAsync<V1Widget>("p", ns))!.Spec.Size);
        _ = widget;
    }

    [Fact]
    public async Task StrategicMergePatch_OnCustomResource_ThrowsUnsupportedMediaType()
    {
        var (ns, _) = await WidgetAsync();
        await Assert.ThrowsAsync<UnsupportedMediaTypeException>(() => _client.PatchAsync<V1Widget>(
            new V1Patch("""{"spec":{"size":1}}""", V1Patch.PatchType.StrategicMergePatch), "p", ns));
    }

    [Fact]
    public async Task Patch_MissingObject_ThrowsNotFound()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await Assert.ThrowsAsync<NotFoundException>(() => _client.MergePatchAsync<V1Widget>("nope", ns, new { spec = new { size = 1 } }));
    }

    [Fact]
    public async Task Apply_CreatesThenConflictsWithOtherManagerUnlessForced()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var intent = V1Widget.Create(ns, "applied", size: 7);
        var created = await _client.ApplyAsync(intent, "manager-a");
        Assert.Equal(7, created.Spec.Size);
        Assert.NotNull(created.Metadata.Uid);

        var same = await _client.ApplyAsync(V1Widget.Create(ns, "applied", size: 7), "manager-a");
        Assert.Equal(created.Metadata.ResourceVersion, same.Metadata.ResourceVersion);

        var conflict = await Assert.ThrowsAsync<ConflictException>(() =>
            _client.ApplyAsync(V1Widget.Create(ns, "applied", size: 8), "manager-b"));
        Assert.Contains(conflict.Status!.Details!.Causes!, c => c.Reason == "FieldManagerConflict" && c.Field == ".spec.size");

        var forced = await _client.ApplyAsync(V1Widget.Create(ns, "applied", size: 8), "manager-b", force: true);
        Assert.Equal(8, forced.Spec.Size);
    }
}
