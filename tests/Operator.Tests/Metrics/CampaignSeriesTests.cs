using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using Kube.Operator.Metrics;
using Prometheus;
using TestSupport.Prometheus;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Metrics;

namespace WhatsAppCampaigns.Operator.Tests.Metrics;

public sealed class CampaignSeriesTests
{
    [Fact]
    public void Counts_OutcomeNames_ExactlyTheStatusCountFields()
    {
        // Every CampaignCounts property set, serialized as the API server sees it: the outcome labels must be those names.
        var counts = new V1WhatsAppCampaign.CampaignCounts();
        foreach (var property in typeof(V1WhatsAppCampaign.CampaignCounts).GetProperties()) property.SetValue(counts, 1L);
        var fields = JsonNode.Parse(KubernetesJson.Serialize(counts))!.AsObject().Select(p => p.Key);

        Assert.Equal(fields.Order(StringComparer.Ordinal), CampaignSeries.Counts.Select(c => c.Outcome).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Recipients_SetCounts_OneSeriesEachUnsetCountsNone()
    {
        var campaign = Campaign("ns1", "spring", V1WhatsAppCampaign.CampaignPhase.Running,
            new V1WhatsAppCampaign.CampaignCounts { Rows = 10, Valid = 8, Invalid = 2, Sent = 5, Failed = 1 });

        var series = CampaignSeries.Recipients([campaign]).Select(s => (string.Join('/', s.Labels), s.Value));

        Assert.Equal([("ns1/spring/rows", 10d), ("ns1/spring/valid", 8d), ("ns1/spring/invalid", 2d), ("ns1/spring/sent", 5d), ("ns1/spring/failed", 1d)],
            series);
    }

    [Fact]
    public void Phases_CurrentPhaseOne_OtherPhasesZero_NoStatusAllZero()
    {
        var running = Campaign("ns1", "a", V1WhatsAppCampaign.CampaignPhase.Running, null);
        var fresh = Campaign("ns1", "b", null, null);

        var series = CampaignSeries.Phases([running, fresh]).ToList();

        Assert.Equal(2 * Enum.GetValues<V1WhatsAppCampaign.CampaignPhase>().Length, series.Count);
        Assert.Equal(["ns1/a/Running"], series.Where(s => s.Value == 1).Select(s => string.Join('/', s.Labels)));
        Assert.All(series.Where(s => s.Labels[1] == "b"), s => Assert.Equal(0, s.Value));
    }

    [Fact]
    public async Task GaugeSync_CampaignGone_ItsSeriesRemovedOthersKept()
    {
        var metrics = new OperatorMetrics(Prometheus.Metrics.NewCustomRegistry());
        var a = Campaign("ns1", "a", V1WhatsAppCampaign.CampaignPhase.Completed, new() { Sent = 3 });
        var b = Campaign("ns2", "b", V1WhatsAppCampaign.CampaignPhase.Running, new() { Sent = 1 });
        GaugeSync.Apply(metrics.Recipients, CampaignSeries.Recipients([a, b]));
        GaugeSync.Apply(metrics.Phase, CampaignSeries.Phases([a, b]));

        GaugeSync.Apply(metrics.Recipients, CampaignSeries.Recipients([b]));
        GaugeSync.Apply(metrics.Phase, CampaignSeries.Phases([b]));

        var samples = ScrapedSample.ParseAll(await ExportAsync(metrics.Registry));
        Assert.DoesNotContain(samples, s => s.Has("campaign", "a"));
        Assert.Contains(samples, s => s.Name == OperatorMetrics.CampaignRecipients && s.Has("campaign", "b") && s.Has("outcome", "sent") && s.Value == 1);
        Assert.Contains(samples, s => s.Name == OperatorMetrics.CampaignPhase && s.Has("campaign", "b") && s.Has("phase", "Running") && s.Value == 1);
    }

    [Fact]
    public async Task OperatorMetrics_RuntimeHooks_CountedWithKindResultAndQueueLabels()
    {
        var metrics = new OperatorMetrics(Prometheus.Metrics.NewCustomRegistry());
        metrics.ReconcileCompleted("WhatsAppCampaign", ReconcileOutcome.Success, TimeSpan.FromMilliseconds(3));
        metrics.ReconcileCompleted("WhatsAppCampaign", ReconcileOutcome.Error, TimeSpan.FromMilliseconds(40));
        metrics.QueueAdded("WhatsAppCampaign");
        metrics.QueueRetried("WhatsAppCampaign");
        metrics.QueueDepthChanged("WhatsAppCampaign", 7);
        metrics.QueueLatency("WhatsAppCampaign", TimeSpan.FromMilliseconds(2));

        var samples = ScrapedSample.ParseAll(await ExportAsync(metrics.Registry));

        Assert.Equal(1, Single(samples, OperatorMetrics.ReconcileTotal, ("kind", "WhatsAppCampaign"), ("result", "success")));
        Assert.Equal(1, Single(samples, OperatorMetrics.ReconcileTotal, ("kind", "WhatsAppCampaign"), ("result", "error")));
        Assert.Equal(2, Single(samples, OperatorMetrics.ReconcileDuration + "_count", ("kind", "WhatsAppCampaign")));
        Assert.Equal(0.043, Single(samples, OperatorMetrics.ReconcileDuration + "_sum", ("kind", "WhatsAppCampaign")), 9);
        Assert.Equal(7, Single(samples, OperatorMetrics.WorkQueueDepth, ("queue", "WhatsAppCampaign")));
        Assert.Equal(1, Single(samples, OperatorMetrics.WorkQueueAdds, ("queue", "WhatsAppCampaign")));
        Assert.Equal(1, Single(samples, OperatorMetrics.WorkQueueRetries, ("queue", "WhatsAppCampaign")));
        Assert.Equal(1, Single(samples, OperatorMetrics.WorkQueueWait + "_count", ("queue", "WhatsAppCampaign")));
        Assert.All(samples, s => Assert.Contains(s.Name, OperatorMetrics.SampleNames));
    }

    internal static double Single(IEnumerable<ScrapedSample> samples, string name, params (string Label, string Value)[] labels) =>
        Assert.Single(samples, s => s.Name == name && labels.All(l => s.Has(l.Label, l.Value))).Value;

    private static async Task<string> ExportAsync(CollectorRegistry registry)
    {
        using var stream = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(stream, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static V1WhatsAppCampaign Campaign(string ns, string name, V1WhatsAppCampaign.CampaignPhase? phase, V1WhatsAppCampaign.CampaignCounts? counts) =>
        new()
        {
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
            Status = new V1WhatsAppCampaign.CampaignStatus { Phase = phase, Counts = counts },
        };
}
