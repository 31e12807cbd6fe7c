using Prometheus;

namespace WhatsAppCampaigns.Operator.Metrics;

/// <summary>Makes a gauge hold exactly the desired series: sets each, removes every other (a deleted campaign's series vanish).</summary>
internal static class GaugeSync
{
    public static void Apply(Gauge gauge, IEnumerable<CampaignSeries.Sample> desired)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sample in desired)
        {
            gauge.WithLabels(sample.Labels).Set(sample.Value);
            keep.Add(Key(sample.Labels));
        }
        foreach (var labels in gauge.GetAllLabelValues())
            if (!keep.Contains(Key(labels))) gauge.RemoveLabelled(labels);
    }

    // Label values cannot contain NUL in a Kubernetes name or enum, so it separates them unambiguously.
    private static string Key(string[] labels) => string.Join('\0', labels);
}
