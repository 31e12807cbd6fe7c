using System.Net;
using k8s;
using Kube.Operator.Client;
using Kube.Operator;
using Kube.TestApiServer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TestSupport;
using WhatsAppCampaigns.Operator.Hosting;
using WhatsAppCampaigns.Operator.Progress;
using static WhatsAppCampaigns.Operator.Tests.EndToEnd.LocalClusterScenario;
using WhatsAppCampaigns.CampaignState;

namespace WhatsAppCampaigns.Operator.Tests.Hosting;

/// <summary>
/// <c>/healthz/ready</c> against a real redis-server and the embedded API server: it reads only where the
/// operator works (the watched namespace, or all namespaces), which the chart's Role or ClusterRole
/// already allows, and answers 503 naming Redis or the API server when either fails.
/// </summary>
public sealed class HealthEndpointsTests : IAsyncLifetime, IDisposable
{
    private const string SessionsPath = "/apis/whatsapp.campaigns.dev/v1alpha1";
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private RedisServer _redis = null!;
    private TestApiServer _api = null!;
    private KubernetesClient _kube = null!;
    private DirectoryInfo _folder = null!;
    private bool _apiStopped;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _api = await TestApiServer.StartAsync(new TestApiServerOptions { CrdDirectory = Path.Combine(RepoRoot(), "config", "crds") });
        _folder = Directory.CreateTempSubdirectory("operator-health");
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(_api.WriteKubeconfig(Path.Combine(_folder.FullName, "kubeconfig")));
        _kube = new KubernetesClient(config);
        await _kube.CreateAsync(new k8s.Models.V1Namespace { Metadata = new() { Name = "campaigns" } });
    }

    public void Dispose() => _kube.Dispose();

    public async Task DisposeAsync()
    {
        if (!_apiStopped) await _api.DisposeAsync();
        await _redis.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Ready_WatchedNamespace_ReadsThereAndNeverInDefault()
    {
        await using var app = await StartAsync(watchNamespace: "campaigns");
        // Any read in "default" (where the operator has no Role) would now fail like an RBAC denial.
        _api.Faults.FailNext($"{SessionsPath}/namespaces/default", 1000, 403);
        _api.Faults.FailNext("/api/v1/namespaces/default", 1000, 403);

        var ready = await GetAsync(app, "healthz/ready");

        Assert.Equal((HttpStatusCode.OK, "\"ready\""), ready);

        _api.Faults.FailNext($"{SessionsPath}/namespaces/campaigns/whatsappsessions", 1, 403);
        var (status, body) = await GetAsync(app, "healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith("kubernetes API (namespace campaigns): ", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "healthz/ready")).Status);
    }

    [Fact]
    public async Task Ready_AllNamespaces_ListsClusterWide()
    {
        await using var app = await StartAsync(watchNamespace: null);
        _api.Faults.FailNext($"{SessionsPath}/namespaces/", 1000, 403);   // a namespaced read would fail

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "healthz/ready")).Status);

        _api.Faults.FailNext($"{SessionsPath}/whatsappsessions", 1, 403);
        var (status, body) = await GetAsync(app, "healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith("kubernetes API (all namespaces): ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_ApiServerDown_Returns503NamingIt()
    {
        await using var app = await StartAsync(watchNamespace: "campaigns");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "healthz/ready")).Status);

        await _api.DisposeAsync();
        _apiStopped = true;
        var (status, body) = await GetAsync(app, "healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith("kubernetes API (namespace campaigns): ", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "healthz/live")).Status);
    }

    [Fact]
    public async Task Ready_RedisDown_Returns503NamingRedisWhileLiveStaysUp()
    {
        await using var app = await StartAsync(watchNamespace: "campaigns");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "healthz/ready")).Status);

        _redis.Kill();

        (HttpStatusCode Status, string Body) last = default;
        await Eventually.UntilAsync(async () => (last = await GetAsync(app, "healthz/ready")).Status == HttpStatusCode.ServiceUnavailable,
            "readiness fails once Redis is gone", TimeSpan.FromSeconds(30));
        Assert.StartsWith("redis: ", last.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, "healthz/live")).Status);

        await _redis.RestartAsync();
        await Eventually.UntilAsync(async () => (await GetAsync(app, "healthz/ready")).Status == HttpStatusCode.OK,
            "readiness recovers with Redis", TimeSpan.FromSeconds(30));
    }

    /// <summary>Only what the endpoints use: the Redis progress store, the API client and the operator settings.</summary>
    private async Task<WebApplication> StartAsync(string? watchNamespace)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IKubernetesClient>(_kube);
        builder.Services.AddSingleton(new OperatorSettings { Namespace = watchNamespace });
        builder.Services.AddSingleton<IOptions<RedisOptions>>(Options.Create(new RedisOptions { Configuration = $"{_redis.Endpoint},connectTimeout=1000" }));
        builder.Services.AddSingleton<IRunProgressStore, RedisRunProgressStore>();
        var app = builder.Build();
        app.MapOperatorHealth();
        await app.StartAsync();
        return app;
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(WebApplication app, string path)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var response = await Http.GetAsync(new Uri(new Uri(address + "/"), path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
