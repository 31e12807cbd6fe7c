using Kube.Client.Autorest;
using Kube.Client.Authentication;
using Kube.Client.Models;
using Kube.TestApiServer;
using KubeClient = Kube.Client.KubernetesClient.KubernetesClient;

namespace Kube.Client.Tests.Contract;

/// <summary>Bearer tokens reach the server, from a static token or a token file; no credentials gets 401.</summary>
[Trait(ContractCollection.Requires, ContractCollection.ServerHooks)]
public sealed class AuthenticationContractTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kube-auth-").FullName;
    private Kube.TestApiServer.TestApiServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await Kube.TestApiServer.TestApiServer.StartAsync(new TestApiServerOptions { RequireAuthentication = true });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Kubeconfig_WithToken_IsAuthenticated()
    {
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(_server.WriteKubeconfig(Path.Combine(_dir, "kc")));
        using var client = new KubeClient(config);
        Assert.NotEmpty(await client.ListAsync<V1Namespace>());
    }

    [Fact]
    public async Task TokenFile_IsReadAndSent()
    {
        var tokenFile = Path.Combine(_dir, "token");
        await File.WriteAllTextAsync(tokenFile, "from-file");
        var config = new KubernetesClientConfiguration { Host = _server.BaseAddress.ToString(), TokenProvider = new TokenFileAuth(tokenFile) };
        using var client = new KubeClient(config);
        Assert.NotEmpty(await client.ListAsync<V1Namespace>());
    }

    [Fact]
    public async Task NoCredentials_ThrowsUnauthorized()
    {
        using var client = new KubeClient(new KubernetesClientConfiguration { Host = _server.BaseAddress.ToString() });
        await Assert.ThrowsAsync<UnauthorizedException>(() => client.ListAsync<V1Namespace>());
    }
}
