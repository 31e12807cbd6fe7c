using Kube.TestApiServer.Tests.Support;

namespace Kube.TestApiServer.Tests;

/// <summary>The project's own CRDs (config/crds) install and are served, as integration tests expect.</summary>
public sealed class RepositoryCrdTests
{
    private static string RepositoryCrdDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Operator.sln")))
                return Path.Combine(dir.FullName, "config", "crds");
        throw new DirectoryNotFoundException($"no Operator.sln above {AppContext.BaseDirectory}");
    }

    [Fact]
    public async Task StartAsync_WithRepositoryCrds_ServesEveryCrdWithItsStatusSubresource()
    {
        var directory = RepositoryCrdDirectory();
        var files = Directory.EnumerateFiles(directory, "*.yaml").ToList();
        Assert.NotEmpty(files);
        await using var server = await TestApiServer.StartAsync(new TestApiServerOptions { CrdDirectory = directory });
        using var api = new Api(server.BaseAddress);
        var crds = await api.GetAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions");
        Assert.Equal(files.Count, crds["items"]!.AsArray().Count);
        foreach (var crd in crds["items"]!.AsArray())
        {
            var spec = crd!["spec"]!;
            var group = spec["group"]!.GetValue<string>();
            var plural = spec["names"]!["plural"]!.GetValue<string>();
            foreach (var version in spec["versions"]!.AsArray())
            {
                var gv = await api.GetAsync($"/apis/{group}/{version!["name"]}");
                var names = gv["resources"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();
                Assert.Contains(plural, names);
                if (version["subresources"]?["status"] is not null) Assert.Contains($"{plural}/status", names);
            }
        }
    }
}
