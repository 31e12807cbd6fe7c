using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Charts.Tests.Support;
using Kube.TestApiServer;

namespace Charts.Tests;

/// <summary>
/// Real <c>helm install</c>, <c>upgrade</c> and <c>uninstall</c> against the embedded API server (helm's
/// kubeconfig points at it). <c>--disable-openapi-validation</c>: the embedded server serves no
/// /openapi/v2 (a documented deviation), which helm would fetch to validate the manifests. The
/// stand-in Ingress and ServiceMonitor CRDs (fixtures/crds) are installed first, as a cluster with an
/// ingress controller and the Prometheus Operator would have them.
/// </summary>
public sealed class HelmInstallTests : IAsyncLifetime, IDisposable
{
    private const string Deployment = $"/apis/apps/v1/namespaces/{Helm.Namespace}/deployments/{Helm.Release}-whatsapp-campaigns-operator";
    private const string CampaignCrd = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/whatsappcampaigns.whatsapp.campaigns.dev";
    private const string Receiver = $"/apis/apps/v1/namespaces/{Helm.Namespace}/deployments/{Helm.Release}-whatsapp-campaigns-webhooks";
    private const string MetricsService = $"/api/v1/namespaces/{Helm.Namespace}/services/{Helm.Release}-whatsapp-campaigns-operator";
    private const string Ingress = $"/apis/networking.k8s.io/v1/namespaces/{Helm.Namespace}/ingresses/{Helm.Release}-whatsapp-campaigns-webhooks";
    private const string ServiceMonitor = $"/apis/monitoring.coreos.com/v1/namespaces/{Helm.Namespace}/servicemonitors/{Helm.Release}-whatsapp-campaigns-operator";

    private TestApiServer _server = null!;
    private HttpClient _http = null!;
    private string _kubeconfig = null!;
    private DirectoryInfo _folder = null!;

    public async Task InitializeAsync()
    {
        _server = await TestApiServer.StartAsync();
        _http = new HttpClient { BaseAddress = _server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        await FixtureCrds.InstallAsync(_http);
        _folder = Directory.CreateTempSubdirectory("charts-kubeconfig");
        _kubeconfig = _server.WriteKubeconfig(Path.Combine(_folder.FullName, "config"));
        // Created here, not with --create-namespace: helm validates that Namespace against /openapi/v2 regardless of the flag.
        using var body = new StringContent($$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{Helm.Namespace}}}"}}""", Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("/api/v1/namespaces", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task InstallUpgradeUninstall_AgainstTheApiServer_CreatesChangesAndRemovesTheObjects()
    {
        var install = await HelmAsync("install", Helm.Release, RepoPaths.Chart);
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Contains("STATUS: deployed", install.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"kubectl -n {Helm.Namespace} rollout status deployment/{Helm.Release}-whatsapp-campaigns-operator",
            install.StandardOutput, StringComparison.Ordinal);   // NOTES.txt
        Assert.Equal(1, (await GetAsync(Deployment))!["spec"]!["replicas"]!.GetValue<long>());
        Assert.NotNull(await GetAsync(CampaignCrd));
        Assert.NotNull(await GetAsync($"/apis/rbac.authorization.k8s.io/v1/clusterroles/{Helm.Release}-whatsapp-campaigns-operator"));
        Assert.NotNull(await GetAsync($"/api/v1/namespaces/{Helm.Namespace}/secrets/sh.helm.release.v1.{Helm.Release}.v1"));
        Assert.Equal(2, (await GetAsync(Receiver))!["spec"]!["replicas"]!.GetValue<long>());
        Assert.NotNull(await GetAsync($"/api/v1/namespaces/{Helm.Namespace}/services/{Helm.Release}-whatsapp-campaigns-webhooks"));
        Assert.NotNull(await GetAsync($"/apis/policy/v1/namespaces/{Helm.Namespace}/poddisruptionbudgets/{Helm.Release}-whatsapp-campaigns-webhooks"));
        Assert.Equal("metrics", (await GetAsync(MetricsService))!["spec"]!["ports"]![0]!["name"]!.GetValue<string>());
        Assert.Null(await GetAsync(Ingress));
        Assert.Null(await GetAsync(ServiceMonitor));
        Assert.Contains("Webhook receiver: 2 replica(s)", install.StandardOutput, StringComparison.Ordinal);   // NOTES.txt
        Assert.Equal("metrics", (await GetAsync($"/api/v1/namespaces/{Helm.Namespace}/services/{Helm.Release}-whatsapp-campaigns-wh-metrics"))!["spec"]!["ports"]![0]!["name"]!.GetValue<string>());
        Assert.Contains($"Webhook receiver metrics: http://{Helm.Release}-whatsapp-campaigns-wh-metrics.{Helm.Namespace}.svc:8080/metrics",
            install.StandardOutput, StringComparison.Ordinal);   // NOTES.txt

        var upgrade = await HelmAsync("upgrade", Helm.Release, RepoPaths.Chart, "--values", Path.Combine(RepoPaths.ValuesFolder, "all-features.yaml"));
        Assert.True(upgrade.ExitCode == 0, upgrade.ToString());
        Assert.Equal(2, (await GetAsync(Deployment))!["spec"]!["replicas"]!.GetValue<long>());
        Assert.NotNull(await GetAsync($"/apis/policy/v1/namespaces/{Helm.Namespace}/poddisruptionbudgets/{Helm.Release}-whatsapp-campaigns-operator"));
        Assert.NotNull(await GetAsync($"/api/v1/namespaces/{Helm.Namespace}/services/{Helm.Release}-whatsapp-campaigns-mock-gateway"));
        Assert.Equal(3, (await GetAsync(Receiver))!["spec"]!["replicas"]!.GetValue<long>());
        Assert.Equal("hooks.example.com", (await GetAsync(Ingress))!["spec"]!["rules"]![0]!["host"]!.GetValue<string>());
        Assert.Equal("15s", (await GetAsync(ServiceMonitor))!["spec"]!["endpoints"]![0]!["interval"]!.GetValue<string>());
        Assert.Contains("Callback URL for Meta's webhook settings: https://hooks.example.com/meta/callback", upgrade.StandardOutput, StringComparison.Ordinal);

        var uninstall = await HelmAsync("uninstall", Helm.Release);
        Assert.True(uninstall.ExitCode == 0, uninstall.ToString());
        Assert.Null(await GetAsync(Deployment));
        Assert.Null(await GetAsync(Receiver));
        Assert.Null(await GetAsync(Ingress));
        Assert.Null(await GetAsync(ServiceMonitor));
        Assert.Null(await GetAsync(MetricsService));
        Assert.Null(await GetAsync($"/apis/rbac.authorization.k8s.io/v1/clusterroles/{Helm.Release}-whatsapp-campaigns-operator"));
        // Helm never deletes crds/ (the README's caveat): the campaigns survive an uninstall.
        Assert.NotNull(await GetAsync(CampaignCrd));
    }

    [Fact]
    public async Task Install_BadValue_FailsNamingTheFieldAndCreatesNoRelease()
    {
        var result = await HelmAsync("install", Helm.Release, RepoPaths.Chart, "--set", "replicas=-1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("- replicas: Must be greater than or equal to 0", result.StandardError, StringComparison.Ordinal);
        Assert.Empty((await GetAsync($"/apis/apps/v1/namespaces/{Helm.Namespace}/deployments"))!["items"]!.AsArray());
        Assert.Empty((await GetAsync($"/api/v1/namespaces/{Helm.Namespace}/secrets?labelSelector=owner%3Dhelm"))!["items"]!.AsArray());
        // Helm installs crds/ before it validates the values, so the CRDs are there even now (README).
        Assert.NotNull(await GetAsync(CampaignCrd));
    }

    private Task<HelmResult> HelmAsync(params string[] arguments) =>
        Helm.RunAsync([.. arguments, "--namespace", Helm.Namespace, "--kubeconfig", _kubeconfig,
            .. arguments[0] is "install" or "upgrade" ? new[] { "--disable-openapi-validation" } : []]);

    /// <summary>The object at <paramref name="path"/>, or null on 404.</summary>
    private async Task<JsonObject?> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
