using System.Net;
using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

[Collection(ContractCollection.Name)]
public sealed class BadInputContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetes _client = fixture.Client;

    [Fact]
    public async Task Create_WithoutNameOrGenerateName_ThrowsInvalid()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.UnprocessableEntity, () =>
            _client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta() }, ns));
        Assert.Equal("Invalid", status.Reason);
        Assert.Contains(status.Causes(), c => c.Field == "metadata.name");
    }

    [Fact]
    public async Task Create_WrongKindForThePath_ThrowsBadRequest()
    {
        var ns = await fixture.CreateNamespaceAsync();
        using var configMaps = new GenericClient(_client, "", "v1", "configmaps", disposeClient: false);
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.BadRequest, () =>
            configMaps.CreateNamespacedAsync(new V1Secret { ApiVersion = "v1", Kind = "Secret", Metadata = new V1ObjectMeta { Name = "x" } }, ns));
        Assert.Equal("BadRequest", status.Reason);
    }

    [Fact]
    public async Task Patch_MalformedJson_ThrowsBadRequest()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "m" } }, ns);
        // The package's serializer refuses to write malformed JSON, so the body is swapped on the wire.
        using var client = new Kubernetes(fixture.Config, new RawBodyHandler("""{"data":"""));
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.BadRequest, () => client.CoreV1.PatchNamespacedConfigMapAsync(
            new V1Patch("""{"data":{}}""", V1Patch.PatchType.MergePatch), "m", ns));
        Assert.Equal("BadRequest", status.Reason);
    }

    [Fact]
    public async Task Get_UnknownResource_ThrowsNotFound()
    {
        using var unknown = new GenericClient(_client, "nothing.example.org", "v1", "things", disposeClient: false);
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.NotFound, () => unknown.ReadNamespacedAsync<V1ConfigMap>("default", "x"));
        Assert.Equal("NotFound", status.Reason);
    }
}
