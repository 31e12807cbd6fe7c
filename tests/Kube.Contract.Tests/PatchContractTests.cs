using System.Net;
using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

[Collection(ContractCollection.Name)]
public sealed class PatchContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetes _client = fixture.Client;
    private readonly CustomResources<V1Widget> _widgets = fixture.Widgets;

    private async Task<(string Ns, V1Widget Widget)> WidgetAsync()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var draft = V1Widget.Create(ns, "p", size: 2);
        draft.Spec.Color = "red";
        draft.Spec.Tags = ["a", "b"];
        return (ns, await _widgets.CreateAsync(draft));
    }

    [Fact]
    public async Task MergePatch_NullDeletesKeyAndArraysAreReplaced()
    {
        var (ns, _) = await WidgetAsync();
        var patched = await _widgets.PatchAsync(
            new V1Patch("""{"spec":{"color":null,"tags":["c"],"size":3}}""", V1Patch.PatchType.MergePatch), ns, "p");
        Assert.Null(patched.Spec.Color);
        Assert.Equal(["c"], patched.Spec.Tags!);
        Assert.Equal(3, patched.Spec.Size);
    }

    [Fact]
    public async Task MergePatch_WithStaleResourceVersion_ThrowsConflict()
    {
        var (ns, widget) = await WidgetAsync();
        await _widgets.MergePatchAsync(ns, "p", new { spec = new { size = 5 } });
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.Conflict, () => _widgets.MergePatchAsync(ns, "p",
            new { metadata = new { resourceVersion = widget.Metadata.ResourceVersion }, spec = new { size = 6 } }));
        Assert.Equal("Conflict", status.Reason);
    }

    [Fact]
    public async Task JsonPatch_EscapedPathAndTest_AppliesOrFailsWith422()
    {
        var (ns, _) = await WidgetAsync();
        var patched = await _widgets.PatchAsync(new V1Patch("""
            [{"op":"test","path":"/spec/size","value":2},
             {"op":"add","path":"/metadata/labels","value":{}},
             {"op":"add","path":"/metadata/labels/app.kubernetes.io~1name","value":"w"},
             {"op":"replace","path":"/spec/tags/0","value":"z"}]
            """, V1Patch.PatchType.JsonPatch), ns, "p");
        Assert.Equal("w", patched.Metadata.Labels["app.kubernetes.io/name"]);
        Assert.Equal(["z", "b"], patched.Spec.Tags!);
        await ApiErrors.ThrowsAsync(HttpStatusCode.UnprocessableEntity, () => _widgets.PatchAsync(new V1Patch(
            """[{"op":"test","path":"/spec/size","value":999},{"op":"replace","path":"/spec/size","value":1}]""",
            V1Patch.PatchType.JsonPatch), ns, "p"));
        Assert.Equal(2, (await _widgets.GetAsync(ns, "p")).Spec.Size);
    }

    [Fact]
    public async Task StrategicMergePatch_OnBuiltIn_Applies()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap
        {
            Metadata = new V1ObjectMeta { Name = "s" },
            Data = new Dictionary<string, string> { ["keep"] = "1", ["drop"] = "2" },
        }, ns);
        var patched = await _client.CoreV1.PatchNamespacedConfigMapAsync(
            new V1Patch("""{"data":{"drop":null,"new":"3"}}""", V1Patch.PatchType.StrategicMergePatch), "s", ns);
        Assert.Equal(new Dictionary<string, string> { ["keep"] = "1", ["new"] = "3" }, patched.Data);
    }

    [Fact]
    public async Task StrategicMergePatch_OnCustomResource_ThrowsUnsupportedMediaType()
    {
        var (ns, _) = await WidgetAsync();
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.UnsupportedMediaType, () => _widgets.PatchAsync(
            new V1Patch("""{"spec":{"size":1}}""", V1Patch.PatchType.StrategicMergePatch), ns, "p"));
        Assert.Equal("UnsupportedMediaType", status.Reason);
    }

    [Fact]
    public async Task Patch_MissingObject_ThrowsNotFound()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await ApiErrors.ThrowsAsync(HttpStatusCode.NotFound, () => _widgets.MergePatchAsync(ns, "nope", new { spec = new { size = 1 } }));
    }

    [Fact]
    public async Task Apply_CreatesThenConflictsWithOtherManagerUnlessForced()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var created = await _widgets.ApplyAsync(V1Widget.Create(ns, "applied", size: 7), "manager-a");
        Assert.Equal(7, created.Spec.Size);
        Assert.NotNull(created.Metadata.Uid);
        Assert.Contains(created.Metadata.ManagedFields, f => f.Manager == "manager-a" && f.Operation == "Apply");

        var same = await _widgets.ApplyAsync(V1Widget.Create(ns, "applied", size: 7), "manager-a");
        Assert.Equal(created.Metadata.ResourceVersion, same.Metadata.ResourceVersion);

        var conflict = await ApiErrors.ThrowsAsync(HttpStatusCode.Conflict, () =>
            _widgets.ApplyAsync(V1Widget.Create(ns, "applied", size: 8), "manager-b"));
        Assert.Contains(conflict.Causes(), c => c.Reason == "FieldManagerConflict" && c.Field == ".spec.size");

        var forced = await _widgets.ApplyAsync(V1Widget.Create(ns, "applied", size: 8), "manager-b", force: true);
        Assert.Equal(8, forced.Spec.Size);
    }

    [Fact]
    public async Task Apply_WithoutFieldManager_ThrowsBadRequest()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await ApiErrors.ThrowsAsync(HttpStatusCode.BadRequest, () => _widgets.PatchAsync(
            new V1Patch(V1Widget.Create(ns, "nobody"), V1Patch.PatchType.ApplyPatch), ns, "nobody"));
    }
}
