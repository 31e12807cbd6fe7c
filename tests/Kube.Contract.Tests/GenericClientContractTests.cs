using System.Net;
using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

[Collection(ContractCollection.Name)]
public sealed class GenericClientContractTests(ApiServerFixture fixture)
{
    [Fact]
    public async Task GenericClient_ConfigMaps_CreateReadListPatchReplaceDelete()
    {
        var ns = await fixture.CreateNamespaceAsync();
        using var client = new GenericClient(fixture.Client, "", "v1", "configmaps", disposeClient: false);
        var created = await client.CreateNamespacedAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "g" } }, ns);
        Assert.Equal(ns, created.Metadata.NamespaceProperty);
        Assert.Equal("g", (await client.ReadNamespacedAsync<V1ConfigMap>(ns, "g")).Metadata.Name);
        Assert.Single((await client.ListNamespacedAsync<V1ConfigMapList>(ns)).Items);
        var patched = await client.PatchNamespacedAsync<V1ConfigMap>(
            new V1Patch("""{"data":{"a":"1"}}""", V1Patch.PatchType.MergePatch), ns, "g");
        patched.Data["a"] = "2";
        Assert.Equal("2", (await client.ReplaceNamespacedAsync(patched, ns, "g")).Data["a"]);
        var status = await client.DeleteNamespacedAsync<V1Status>(ns, "g");
        Assert.Equal("Success", status.Status);
        await ApiErrors.ThrowsAsync(HttpStatusCode.NotFound, () => client.ReadNamespacedAsync<V1ConfigMap>(ns, "g"));
    }
}
