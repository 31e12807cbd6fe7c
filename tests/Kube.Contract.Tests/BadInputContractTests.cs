using Kube.Client.Autorest;
using Kube.Client.KubernetesClient;
using Kube.Client.Models;

namespace Kube.Client.Tests.Contract;

[Collection(ContractCollection.Name)]
public sealed class BadInputContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetesClient _client = fixture.Client;

    [Fact]
    public async Task Create_WithoutNameOrGenerateName_ThrowsInvalid()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var error = await Assert.ThrowsAsync<InvalidException>(() =>
            _client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { NamespaceProperty = ns } }));
        Assert.Contains(error.Causes, c => c.Field == "metadata.name");
    }

    [Fact]
    public async Task Create_WrongKindForThePath_ThrowsBadRequest()
    {
        var ns = await fixture.CreateNamespaceAsync();
        using var configMaps = new GenericClient(fixture.Config, "", "v1", "configmaps");
        await Assert.ThrowsAsync<BadRequestException>(() =>
            configMaps.CreateNamespacedAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "x" } }, ns));
    }

    [Fact]
    public async Task Patch_MalformedJson_ThrowsBadRequest()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "m", NamespaceProperty = ns } });
        await Assert.ThrowsAsync<BadRequestException>(() => _client.MergePatchAsync<V1ConfigMap>("m", ns, """{"data":"""));
    }

    [Fact]
    public async Task Get_UnknownResource_ThrowsNotFound()
    {
        using var unknown = new GenericClient(fixture.Config, "nothing.example.org", "v1", "things");
        await Assert.ThrowsAsync<NotFoundException>(() => unknown.ReadNamespacedAsync<V1ConfigMap>("default", "x"));
    }
}
