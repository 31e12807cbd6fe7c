using System.Diagnostics;
using System.Net;
using Kube.TestApiServer.Tests.Support;

namespace Kube.TestApiServer.Tests;

public sealed class FaultInjectionTests : IAsyncLifetime, IDisposable
{
    private TestApiServer _server = null!;
    private Api _api = null!;

    public async Task InitializeAsync()
    {
        _server = await TestApiServer.StartAsync();
        _api = new Api(_server.BaseAddress);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task FailNext_FailsExactlyCountRequestsWithStatus()
    {
        _server.Faults.FailNext("/api/v1/namespaces/default/configmaps", 2, 503);
        var first = await _api.GetAsync("/api/v1/namespaces/default/configmaps", HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Status", first["kind"]!.GetValue<string>());
        Assert.Equal(503, first["code"]!.GetValue<int>());
        await _api.GetAsync("/api/v1/namespaces/default/configmaps", HttpStatusCode.ServiceUnavailable);
        await _api.GetAsync("/api/v1/namespaces/default/configmaps");
    }

    [Fact]
    public async Task FailNext_429_CarriesRetryAfter()
    {
        _server.Faults.FailNext("/api/v1", 1, 429);
        var (code, body, response) = await _api.SendAsync(HttpMethod.Get, "/api/v1/namespaces");
        Assert.Equal(HttpStatusCode.TooManyRequests, code);
        Assert.Equal("TooManyRequests", body["reason"]!.GetValue<string>());
        Assert.Equal(1, body["details"]!["retryAfterSeconds"]!.GetValue<int>());
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task FailNext_WithMethod_OnlyThatMethodFails()
    {
        _server.Faults.FailNext("/api/v1/namespaces/default/configmaps", 1, 500, "POST");
        await _api.GetAsync("/api/v1/namespaces/default/configmaps");
        var failed = await _api.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"name":"m"}}""", HttpStatusCode.InternalServerError);
        Assert.Equal("InternalError", failed["reason"]!.GetValue<string>());
        await _api.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"name":"m"}}""");
    }

    [Fact]
    public async Task AddLatency_DelaysMatchingRequests_UntilCleared()
    {
        _server.Faults.AddLatency("/api/v1/namespaces", TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();
        await _api.GetAsync("/api/v1/namespaces/default");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(300), $"answered after {clock.Elapsed}");
        _server.Faults.Clear();
        await _api.GetAsync("/api/v1/namespaces/default");
    }

    [Fact]
    public async Task CutWatches_EndsOpenStreams()
    {
        var list = await _api.GetAsync("/api/v1/namespaces/default/configmaps");
        await using var watch = await WatchStream.OpenAsync(_api.Http,
            $"/api/v1/namespaces/default/configmaps?watch=true&resourceVersion={list["metadata"]!["resourceVersion"]}");
        var next = watch.NextAsync(TimeSpan.FromSeconds(20));
        _server.Faults.CutWatches();
        var ended = await Record.ExceptionAsync(async () => Assert.Null(await next));
        Assert.True(ended is null or IOException or HttpRequestException, $"unexpected {ended}");
    }

    [Fact]
    public async Task WriteKubeconfig_PointsAtServer()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kubeconfig-{Guid.NewGuid():N}");
        try
        {
            var written = _server.WriteKubeconfig(path);
            var text = await File.ReadAllTextAsync(written);
            Assert.Contains($"server: {_server.BaseAddress.ToString().TrimEnd('/')}", text);
            Assert.Contains("current-context: test-api-server", text);
            Assert.Contains("namespace: default", text);
            Assert.Contains("token: ", text);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
