using System.Net;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

[Collection(ContractCollection.Name)]
public sealed class CrdContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetes _client = fixture.Client;
    private readonly CustomResources<V1Widget> _widgets = fixture.Widgets;

    [Fact]
    public async Task Crd_Created_IsEstablishedAndServed()
    {
        var crd = await _client.ApiextensionsV1.ReadCustomResourceDefinitionAsync($"widgets.{TestCrds.Group}");
        Assert.Contains(crd.Status.Conditions, c => c.Type == "Established" && c.Status == "True");
        Assert.Equal("Widget", crd.Status.AcceptedNames.Kind);
        var ns = await fixture.CreateNamespaceAsync();
        await _widgets.CreateAsync(V1Widget.Create(ns, "served"));
        var list = await _widgets.ListAsync(ns);
        Assert.Equal("WidgetList", list.Kind);
        Assert.Equal("served", Assert.Single(list.Items).Metadata.Name);
    }

    [Fact]
    public async Task Create_MissingRequiredField_ThrowsInvalidNamingTheField()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var draft = V1Widget.Create(ns, "incomplete");
        draft.Spec.Size = null;
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.UnprocessableEntity, () => _widgets.CreateAsync(draft));
        Assert.Contains(status.Causes(), c => c.Field == "spec.size" && c.Reason == "FieldValueRequired");
    }

    [Fact]
    public async Task Patch_WrongType_ThrowsInvalidNamingTheField()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _widgets.CreateAsync(V1Widget.Create(ns, "typed"));
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.UnprocessableEntity, () =>
            _widgets.PatchAsync(new V1Patch("""{"spec":{"size":"big"}}""", V1Patch.PatchType.MergePatch), ns, "typed"));
        Assert.Equal("Invalid", status.Reason);
        Assert.Contains(status.Causes(), c => c.Field == "spec.size");
    }

    [Fact]
    public async Task Create_UnknownFields_ArePruned()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var draft = V1Widget.Create(ns, "pruned");
        draft.Spec.ExtensionData = new Dictionary<string, JsonElement> { ["notInSchema"] = ApiServerFixture.Json("42") };
        var created = await _widgets.CreateAsync(draft);
        Assert.Null(created.Spec.ExtensionData);
        Assert.Null((await _widgets.GetAsync(ns, "pruned")).Spec.ExtensionData);
    }
}
