using System.Net;
using k8s;
using k8s.Authentication;
using k8s.Models;
using Kube.TestApiServer;

namespace Kube.Contract.Tests;

/// <summary>Bearer tokens reach the server, from a kubeconfig token or a token file; no credentials gets 401.</summary>
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
        using var client = new Kubernetes(config);
        Assert.NotEmpty((await client.CoreV1.ListNamespaceAsync()).Items);
    }

    [Fact]
    public async Task TokenFile_IsReadAndSent()
    {
        var tokenFile = Path.Combine(_dir, "token");
        await File.WriteAllTextAsync(tokenFile, "from-file");
        var config = new KubernetesClientConfiguration { Host = _server.BaseAddress.ToString(), TokenProvider = new TokenFileAuth(tokenFile) };
        using var client = new Kubernetes(config);
        Assert.NotEmpty((await client.CoreV1.ListNamespaceAsync()).Items);
    }

    [Fact]
    public async Task NoCredentials_ThrowsUnauthorized()
    {
        using var client = new Kubernetes(new KubernetesClientConfiguration { Host = _server.BaseAddress.ToString() });
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.Unauthorized, () => client.CoreV1.ListNamespaceAsync());
        Assert.Equal("Unauthorized", status.Reason);
    }
}
