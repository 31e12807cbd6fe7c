using Kube.Client.Models;
using Kube.Client.Tests.Contract;
using TestSupport;
using KubeClient = Kube.Client.KubernetesClient.KubernetesClient;

namespace Kube.Client.Tests;

public class KubernetesRetryTests
{
    [Fact]
    public async Task Get_ConnectionRefused_IsRetriedThenSurfacesHttpRequestException()
    {
        var recorder = new RequestRecorder();
        var config = new KubernetesClientConfiguration { Host = $"http://127.0.0.1:{FreePort.Next()}" };
        using var client = new KubeClient(config, new Kubernetes(config,
            new KubernetesRetryOptions { MaxRetryAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(5) }, recorder));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync<V1ConfigMap>("x", "default"));
        Assert.Equal(3, recorder.Requests.Count);
    }

    [Fact]
    public async Task Create_ConnectionRefused_IsNotRetried()
    {
        var recorder = new RequestRecorder();
        var config = new KubernetesClientConfiguration { Host = $"http://127.0.0.1:{FreePort.Next()}" };
        using var client = new KubeClient(config, new Kubernetes(config,
            new KubernetesRetryOptions { MaxRetryAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(5) }, recorder));
        await Assert.ThrowsAsync<HttpRequestException>(() =>
            client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "x", NamespaceProperty = "default" } }));
        Assert.Single(recorder.Requests);
    }
}
