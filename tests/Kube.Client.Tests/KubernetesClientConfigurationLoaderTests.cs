using Kube.Client.Authentication;
using Kube.Client.Exceptions;
using TestSupport;

namespace Kube.Client.Tests;

public sealed class KubernetesClientConfigurationLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("incluster-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private InClusterEnvironment ServiceAccount(string token = "t1", string? ns = "ops")
    {
        File.WriteAllText(Path.Combine(_dir, "token"), token);
        File.WriteAllText(Path.Combine(_dir, "ca.crt"), TestCertificates.CreateCaAndClient().CaPem);
        if (ns is not null) File.WriteAllText(Path.Combine(_dir, "namespace"), ns + "\n");
        return InClusterEnvironment.InDirectory(_dir);
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public async Task FromInCluster_ServiceEnvironmentAndFiles_BuildsHttpsConfigWithRotatingToken()
    {
        var time = new ManualTimeProvider();
        var config = KubernetesClientConfigurationLoader.FromInCluster(
            Env(("KUBERNETES_SERVICE_HOST", "10.0.0.1"), ("KUBERNETES_SERVICE_PORT", "443")), ServiceAccount(), time);
        Assert.Equal("https://10.0.0.1:443", config.Host);
        Assert.Equal("ops", config.Namespace);
        Assert.Single(config.SslCaCerts!);
        var provider = Assert.IsType<TokenFileAuth>(config.TokenProvider);
        Assert.Equal("t1", (await provider.GetAuthenticationHeaderAsync(default)).Parameter);
    }

    [Fact]
    public void FromInCluster_Ipv6Host_IsBracketed() =>
        Assert.Equal("https://[fd00::1]:443", KubernetesClientConfigurationLoader.FromInCluster(
            Env(("KUBERNETES_SERVICE_HOST", "fd00::1"), ("KUBERNETES_SERVICE_PORT", "443")), ServiceAccount(),
            TimeProvider.System).Host);

    [Fact]
    public void FromInCluster_NoServiceEnvironment_Throws() =>
        Assert.Contains("KUBERNETES_SERVICE_HOST", Assert.Throws<KubeConfigException>(() =>
            KubernetesClientConfigurationLoader.FromInCluster(Env(), ServiceAccount(), TimeProvider.System)).Message);

    [Fact]
    public void FromDefaultSources_KubeconfigVariable_WinsOverInCluster()
    {
        var path = Path.Combine(_dir, "kc");
        File.WriteAllText(path, """
            current-context: c
            clusters: [{name: k, cluster: {server: "http://127.0.0.1:1"}}]
            contexts: [{name: c, context: {cluster: k}}]
            """);
        var config = KubernetesClientConfigurationLoader.FromDefaultSources(
            Env(("KUBECONFIG", path), ("KUBERNETES_SERVICE_HOST", "10.0.0.1"), ("KUBERNETES_SERVICE_PORT", "443")),
            null, ServiceAccount(), TimeProvider.System);
        Assert.Equal("http://127.0.0.1:1", config.Host);
    }

    [Fact]
    public void FromDefaultSources_OnlyInCluster_UsesServiceAccount() =>
        Assert.Equal("https://10.0.0.1:443", KubernetesClientConfigurationLoader.FromDefaultSources(
            Env(("KUBERNETES_SERVICE_HOST", "10.0.0.1"), ("KUBERNETES_SERVICE_PORT", "443")),
            _dir, ServiceAccount(), TimeProvider.System).Host);

    [Fact]
    public void FromDefaultSources_NothingFound_OneErrorListsEverySource()
    {
        var error = Assert.Throws<KubeConfigException>(() => KubernetesClientConfigurationLoader.FromDefaultSources(
            Env(("KUBECONFIG", Path.Combine(_dir, "absent"))), _dir, InClusterEnvironment.InDirectory(_dir),
            TimeProvider.System));
        Assert.Contains("KUBECONFIG=" + Path.Combine(_dir, "absent"), error.Message);
        Assert.Contains(Path.Combine(_dir, ".kube", "config"), error.Message);
        Assert.Contains("KUBERNETES_SERVICE_HOST/KUBERNETES_SERVICE_PORT not set", error.Message);
        Assert.Contains(Path.Combine(_dir, "token") + " missing", error.Message);
    }
}
