using System.Text.Json;
using Kube.Client.Autorest;
using Kube.Client.KubernetesClient;
using Kube.Client.Models;

namespace Kube.Client.Tests.Contract;

[Collection(ContractCollection.Name)]
public sealed class CrdContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetesClient _client = fixture.Client;

    [Fact]
    public async Task Crd_Created_IsEstablishedAndServed()
    {
        var crd = await _client.GetAsync<V1CustomResourceDefinition>($"widgets.{TestCrds.Group}");
        Assert.Contains(crd!.Status!.Conditions!, c => c.Type == "Established" && c.Status == "True");
        Assert.Equal("Widget", crd.Status.AcceptedNames!.Kind);
        var ns = await fixture.CreateNamespaceAsync();
        await _client.CreateAsync(V1Widget.Create(ns, "served"));
        Assert.Single(await _client.ListAsync<V1Widget>(ns));
    }

    [Fact]
    public async Task Create_MissingRequiredField_ThrowsInvalidNamingTheField()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var draft = V1Widget.Create(ns, "incomplete");
        draft.Spec.Size = null;
        var error = await Assert.ThrowsAsync<InvalidException>(() => _client.CreateAsync(draft));
        Assert.Contains(error.Causes, c => c.Field == "spec.size" && c.Reason == "FieldValueRequired");
    }

    [Fact]
    public async Task Patch_WrongType_ThrowsInvalidNamingTheField()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _client.CreateAsync(V1Widget.Create(ns, "typed"));
        var error = await Assert.ThrowsAsync<InvalidException>(() =>
            _client.MergePatchAsync<V1Widget>("typed", ns, """{"spec":{"size":"big"}}"""));
        Assert.Contains(error.Causes, c => c.Field == "spec.size");
        Assert.Equal(422, error.Status!.Code);
    }

    [Fact]
    public async Task Create_UnknownFields_ArePruned()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var draft = V1Widget.Create(ns, "pruned");
        draft.Spec.ExtensionData = new Dictionary<string, JsonElement> { ["notInSchema"] = ApiServerFixture.Json("42") };
        var created = await _client.CreateAsync(draft);
        Assert.Null(created.Spec.ExtensionData);
        Assert.Null((await _client.GetAsync<V1Widget>("pruned", ns))!.Spec.ExtensionData);
    }
}
