using k8s;

namespace Kube.Contract.Tests;

/// <summary>The discovery documents, read through the package's models.</summary>
[Collection(ContractCollection.Name)]
public sealed class DiscoveryContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetes _client = fixture.Client;

    [Fact]
    public async Task Version_HasMajorMinorAndGitVersion()
    {
        var version = await _client.Version.GetCodeAsync();
        Assert.False(string.IsNullOrEmpty(version.Major));
        Assert.False(string.IsNullOrEmpty(version.Minor));
        Assert.StartsWith("v", version.GitVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoreAndGroups_ListTheServedResourcesAndTheTestGroup()
    {
        Assert.Contains("v1", (await _client.Core.GetAPIVersionsAsync()).Versions);
        var core = await _client.CoreV1.GetAPIResourcesAsync();
        Assert.Contains(core.Resources, r => r.Name == "configmaps" && r.Kind == "ConfigMap" && r.Namespaced && r.Verbs.Contains("watch"));
        var groups = await _client.Apis.GetAPIVersionsAsync();
        Assert.Contains(groups.Groups, g => g.Name == TestCrds.Group && g.PreferredVersion.GroupVersion == $"{TestCrds.Group}/v1");
        var widgets = await _client.CustomObjects.GetAPIResourcesAsync(TestCrds.Group, "v1");
        Assert.Contains(widgets.Resources, r => r.Name == "widgets" && r.Kind == "Widget");
        Assert.Contains(widgets.Resources, r => r.Name == "widgets/status");
    }
}
