using System.Collections.Concurrent;
using Kube.Operator.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TestSupport;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Hosting;
using WhatsAppCampaigns.Operator.LocalMode;
using static WhatsAppCampaigns.Operator.Tests.EndToEnd.LocalClusterScenario;

namespace WhatsAppCampaigns.Operator.Tests.Reconciliation;

/// <summary>
/// Every line a campaign reconcile writes (the reconciler, the state reader, the applier) carries the campaign, its
/// session and, once there is one, its run in the log scope: what Serilog turns into properties of each line.
/// </summary>
public sealed class ReconcileLogScopeTests
{
    private const string Session = "main"; // examples/30-campaign.yaml

    [Fact]
    public async Task Reconcile_CampaignRun_EveryCampaignLineScopedWithCampaignSessionAndRun()
    {
        var recorder = new ScopeRecorder();
        await using var cluster = await LocalCluster.StartAsync(new LocalClusterOptions
        {
            CrdDirectory = Path.Combine(RepoRoot(), "config", "crds"),
            SenderDll = Path.Combine(AppContext.BaseDirectory, "SenderWorker.dll"),
            StartOperator = false,
        }, CancellationToken.None);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = cluster.Redis.Endpoint,
            ["SenderJob:ProgressRefresh"] = "00:00:01",
            ["Logging:LogLevel:WhatsAppCampaigns"] = "Debug", // "Reconciled" is Debug
        });
        builder.Logging.ClearProviders().AddProvider(recorder);
        builder.Services.AddSingleton<IKubernetesClient>(cluster.Client);
        builder.Services.AddWhatsAppOperator(builder.Configuration, s => s.EnableLeaderElection = false);
        await using var app = builder.Build();
        await app.StartAsync();
        await cluster.ApplyAsync(Examples(), CancellationToken.None);
        await WaitCompletedAsync(cluster, TimeSpan.FromSeconds(90));
        var runId = (await GetAsync(cluster)).Status!.History![0].RunId;
        // Deleting it runs the finalizer (dedupe retention 0: keys removed at once), which logs in the same scope.
        await cluster.Client.DeleteAsync<V1WhatsAppCampaign>(Campaign, Namespace, CancellationToken.None);
        await Eventually.UntilAsync(async () => await cluster.Client.GetAsync<V1WhatsAppCampaign>(Campaign, Namespace) is null,
            "the deleted campaign is finalized and gone", TimeSpan.FromSeconds(60));
        await app.StopAsync();

        var campaignLines = recorder.Lines.Where(l => (l.Category.StartsWith("WhatsAppCampaigns.Operator.Reconciliation.", StringComparison.Ordinal)
            || l.Category.StartsWith("WhatsAppCampaigns.Operator.Finalizers.", StringComparison.Ordinal))
            && !l.Category.EndsWith(".WhatsAppSessionReconciler", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(campaignLines);
        Assert.All(campaignLines, l =>
        {
            Assert.Equal(Namespace, l.Scope.GetValueOrDefault("Namespace"));
            Assert.Equal(Campaign, l.Scope.GetValueOrDefault("Campaign"));
            Assert.Equal(Session, l.Scope.GetValueOrDefault("Session"));
        });
        Assert.Contains(campaignLines, l => l.Message.StartsWith("Removed", StringComparison.Ordinal) && Equals(l.Scope.GetValueOrDefault("Run"), runId));
        var jobCreated = Assert.Single(campaignLines, l => l.Message.StartsWith("Created Job", StringComparison.Ordinal));
        Assert.Equal(runId, jobCreated.Scope.GetValueOrDefault("Run"));
        Assert.Contains(campaignLines, l => l.Message.StartsWith("Reconciled", StringComparison.Ordinal) && Equals(l.Scope.GetValueOrDefault("Run"), runId));
    }

    private sealed record Line(string Category, string Message, Dictionary<string, object?> Scope);

    /// <summary>Records each line with the key/value pairs of every scope around it (inner scopes win, as in Serilog).</summary>
    private sealed class ScopeRecorder : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<Line> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(ScopeRecorder recorder, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => recorder._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scope = new Dictionary<string, object?>(StringComparer.Ordinal);
                recorder._scopes.ForEachScope((s, into) =>
                {
                    if (s is IEnumerable<KeyValuePair<string, object?>> pairs)
                        foreach (var (key, value) in pairs) into[key] = value;
                }, scope);
                recorder.Lines.Enqueue(new Line(category, formatter(state, exception), scope));
            }
        }
    }
}
