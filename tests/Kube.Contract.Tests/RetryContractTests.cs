using System.Diagnostics;
using Kube.Client.Autorest;
using Kube.Client.KubernetesClient;
using Kube.Client.Models;

namespace Kube.Client.Tests.Contract;

[Collection(ContractCollection.Name)]
[Trait(ContractCollection.Requires, ContractCollection.ServerHooks)]
public sealed class RetryContractTests(ApiServerFixture fixture) : IDisposable
{
    private readonly RequestRecorder _recorder = new();

    public void Dispose() => fixture.Server?.Faults.Clear();

    private IKubernetesClient Client(int retries = 4) => fixture.NewClient(
        new KubernetesRetryOptions { MaxRetryAttempts = retries, BaseDelay = TimeSpan.FromMilliseconds(10) }, _recorder);

    private int Count(string method, string path) =>
        _recorder.Requests.Count(r => r.StartsWith($"{method} {path}", StringComparison.Ordinal));

    private async Task<(string Ns, string Path)> ConfigMapAsync()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await fixture.Client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "r", NamespaceProperty = ns } });
        return (ns, $"/api/v1/namespaces/{ns}/configmaps/r");
    }

    [Fact]
    public async Task Get_After500_IsRetriedAndSucceeds()
    {
        var (ns, path) = await ConfigMapAsync();
        using var client = Client();
        fixture.Hooks.Faults.FailNext(path, 1, 500);
        Assert.NotNull(await client.GetAsync<V1ConfigMap>("r", ns));
        Assert.Equal(2, Count("GET", path));
    }

    [Fact]
    public async Task Get_After429WithRetryAfter_WaitsTheServersDelayThenSucceeds()
    {
        var (ns, path) = await ConfigMapAsync();
        using var client = Client();
        fixture.Hooks.Faults.FailNext(path, 1, 429);
        var clock = Stopwatch.StartNew();
        Assert.NotNull(await client.GetAsync<V1ConfigMap>("r", ns));
        // Our own backoff is 10 ms; only the server's Retry-After (1 s) explains a longer wait.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(2, Count("GET", path));
    }

    [Fact]
    public async Task Create_After500_IsNotRetried()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var collection = $"/api/v1/namespaces/{ns}/configmaps";
        using var client = Client();
        fixture.Hooks.Faults.FailNext(collection, 1, 500, "POST");
        var error = await Assert.ThrowsAsync<HttpOperationException>(() =>
            client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "once", NamespaceProperty = ns } }));
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(1, Count("POST", collection));
        Assert.Null(await client.GetAsync<V1ConfigMap>("once", ns));
    }

    [Fact]
    public async Task Get_PersistentFailure_GivesUpAfterBoundedAttempts()
    {
        var (ns, path) = await ConfigMapAsync();
        using var client = Client(retries: 2);
        fixture.Hooks.Faults.FailNext(path, 10, 503);
        var error = await Assert.ThrowsAsync<HttpOperationException>(() => client.GetAsync<V1ConfigMap>("r", ns));
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, Count("GET", path));
    }

    [Fact]
    public async Task ConditionalPut_After503_IsRetried_UnconditionalIsNot()
    {
        var (ns, path) = await ConfigMapAsync();
        using var client = Client();
        var current = (await client.GetAsync<V1ConfigMap>("r", ns))!;
        current.Data = new Dictionary<string, string> { ["k"] = "1" };
        fixture.Hooks.Faults.FailNext(path, 1, 503, "PUT");
        Assert.Equal("1", (await client.UpdateAsync(current)).Data!["k"]);
        Assert.Equal(2, Count("PUT", path));

        current = (await client.GetAsync<V1ConfigMap>("r", ns))!;
        current.Metadata.ResourceVersion = null;
        fixture.Hooks.Faults.FailNext(path, 1, 503, "PUT");
        await Assert.ThrowsAsync<HttpOperationException>(() => client.UpdateAsync(current));
        Assert.Equal(3, Count("PUT", path));
    }
}
