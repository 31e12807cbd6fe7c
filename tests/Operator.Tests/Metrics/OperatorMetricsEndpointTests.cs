using Kube.Operator.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TestSupport.Prometheus;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Hosting;
using WhatsAppCampaigns.Operator.LocalMode;
using WhatsAppCampaigns.Operator.Metrics;
using static WhatsAppCampaigns.Operator.Tests.EndToEnd.LocalClusterScenario;
using static WhatsAppCampaigns.Operator.Tests.Metrics.CampaignSeriesTests;

namespace WhatsAppCampaigns.Operator.Tests.Metrics;

/// <summary>
/// The operator hosted as Program.cs hosts it (WebApplication, /metrics next to /healthz) on the local
/// cluster: a campaign's series follow its status, and vanish with it.
/// </summary>
public sealed class OperatorMetricsEndpointTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Metrics_CampaignCompletedThenDeleted_SeriesMatchStatusThenVanish()
    {
        await using var cluster = await StartClusterAsync();
        await using var app = await StartOperatorAsync(cluster, leaderElection: false);
        var metricsUri = new Uri(BaseAddress(app), "metrics");
        await cluster.ApplyAsync(Examples(), CancellationToken.None);
        await WaitCompletedAsync(cluster, TimeSpan.FromSeconds(90));

        var status = (await GetAsync(cluster)).Status!;
        var text = await Http.GetStringAsync(metricsUri);
        var samples = ScrapedSample.ParseAll(text);

        foreach (var (outcome, read) in CampaignSeries.Counts)
        {
            var series = samples.Where(s => s.Name == OperatorMetrics.CampaignRecipients && s.Has("campaign", Campaign) && s.Has("outcome", outcome)).ToList();
            if (read(status.Counts!) is { } expected)
                Assert.Equal(expected, Assert.Single(series).Value);
            else
                Assert.Empty(series);
        }
        Assert.Equal(ValidRecipients, Recipients(samples, "sent"));
        Assert.Equal(1000, Recipients(samples, "rows"));
        foreach (var phase in Enum.GetValues<V1WhatsAppCampaign.CampaignPhase>())
            Assert.Equal(phase == V1WhatsAppCampaign.CampaignPhase.Completed ? 1 : 0,
                Single(samples, OperatorMetrics.CampaignPhase, ("namespace", Namespace), ("campaign", Campaign), ("phase", phase.ToString())));
        Assert.True(Single(samples, OperatorMetrics.ReconcileTotal, ("kind", "WhatsAppCampaign"), ("result", "success")) >= 1);
        Assert.True(Single(samples, OperatorMetrics.ReconcileDuration + "_count", ("kind", "WhatsAppCampaign")) >= 1);
        Assert.True(Single(samples, OperatorMetrics.ReconcileTotal, ("kind", "WhatsAppSession"), ("result", "success")) >= 1);
        Assert.InRange(Single(samples, OperatorMetrics.WorkQueueDepth, ("queue", "WhatsAppCampaign")), 0, 10);
        Assert.All(samples, s => Assert.Contains(s.Name, OperatorMetrics.SampleNames));
        await AssertPromtoolAcceptsAsync(text);

        await cluster.Client.DeleteAsync<V1WhatsAppCampaign>(Campaign, Namespace);
        await TestSupport.Eventually.UntilAsync(async () => await cluster.Client.GetAsync<V1WhatsAppCampaign>(Campaign, Namespace) is null,
            "campaign gone after its finalizer ran", TimeSpan.FromSeconds(30));

        var after = ScrapedSample.ParseAll(await Http.GetStringAsync(metricsUri));
        Assert.DoesNotContain(after, s => s.Has("campaign", Campaign));
        Assert.Contains(after, s => s.Name == OperatorMetrics.ReconcileTotal);
    }

    [Fact]
    public async Task Metrics_TwoReplicasWithLeaderElection_OnlyTheLeaderExportsCampaignSeries()
    {
        await using var cluster = await StartClusterAsync();
        await using var first = await StartOperatorAsync(cluster, leaderElection: true);
        await using var second = await StartOperatorAsync(cluster, leaderElection: true);
        await cluster.ApplyAsync(Examples(), CancellationToken.None);
        await TestSupport.Eventually.UntilAsync(async () => (await GetAsync(cluster)).Status?.Phase is not null,
            "the leader wrote the campaign's status", TimeSpan.FromSeconds(60));

        IReadOnlyList<ScrapedSample> a = [], b = [];
        await TestSupport.Eventually.UntilAsync(async () =>
        {
            (a, b) = (await ScrapeAsync(first), await ScrapeAsync(second));
            return HasCampaign(a) != HasCampaign(b);
        }, "exactly one replica exports the campaign's series", TimeSpan.FromSeconds(30));

        var (leader, follower) = HasCampaign(a) ? (a, b) : (b, a);
        Assert.Equal(1, Single(leader, OperatorMetrics.Leader));
        Assert.Equal(0, Single(follower, OperatorMetrics.Leader));
        Assert.Equal(1, leader.Where(s => s.Name == OperatorMetrics.CampaignPhase && s.Has("campaign", Campaign)).Sum(s => s.Value));
        Assert.DoesNotContain(follower, s => s.Name is OperatorMetrics.CampaignPhase or OperatorMetrics.CampaignRecipients);

        static bool HasCampaign(IEnumerable<ScrapedSample> samples) =>
            samples.Any(s => s.Name == OperatorMetrics.CampaignPhase && s.Has("campaign", Campaign) && s.Value == 1);
    }

    private static async Task<IReadOnlyList<ScrapedSample>> ScrapeAsync(WebApplication app) =>
        ScrapedSample.ParseAll(await Http.GetStringAsync(new Uri(BaseAddress(app), "metrics")));

    private static Task<LocalCluster> StartClusterAsync() => LocalCluster.StartAsync(new LocalClusterOptions
    {
        CrdDirectory = Path.Combine(RepoRoot(), "config", "crds"),
        SenderDll = Path.Combine(AppContext.BaseDirectory, "SenderWorker.dll"),
        StartOperator = false,
    }, CancellationToken.None);

    private static double Recipients(IEnumerable<ScrapedSample> samples, string outcome) =>
        Single(samples, OperatorMetrics.CampaignRecipients, ("namespace", Namespace), ("campaign", Campaign), ("outcome", outcome));

    /// <summary>The operator as Program.cs builds it, on a loopback port, against the local cluster.</summary>
    private static async Task<WebApplication> StartOperatorAsync(LocalCluster cluster, bool leaderElection)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = cluster.Redis.Endpoint,
            ["SenderJob:ProgressRefresh"] = "00:00:01",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IKubernetesClient>(cluster.Client);
        builder.Services.AddOperatorMetrics();
        builder.Services.AddWhatsAppOperator(builder.Configuration, s =>
        {
            s.EnableLeaderElection = leaderElection;
            s.LeaderElectionNamespace = "default";
        });
        var app = builder.Build();
        app.MapOperatorHealth();
        app.MapOperatorMetrics();
        await app.StartAsync();
        return app;
    }

    private static Uri BaseAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    private static async Task AssertPromtoolAcceptsAsync(string exposition)
    {
        var (exitCode, output) = await Promtool.CheckMetricsAsync(exposition);
        Assert.True(exitCode == 0 && output.Trim().Length == 0, $"promtool check metrics: exit {exitCode}: {output}");
    }
}
