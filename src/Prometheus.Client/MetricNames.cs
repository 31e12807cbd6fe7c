namespace Prometheus;

/// <summary>
/// Name rules of the data model (https://prometheus.io/docs/concepts/data_model/): metric names
/// match <c>[a-zA-Z_:][a-zA-Z0-9_:]*</c>, label names <c>[a-zA-Z_][a-zA-Z0-9_]*</c> and must not
/// start with <c>__</c> (reserved for Prometheus itself); <c>le</c> is the bucket label of histograms.
/// </summary>
internal static class MetricNames
{
    public const string BucketLabel = "le";

    public static void ValidateMetricName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValid(name, allowColon: true))
            throw new ArgumentException(
                $"Metric name '{name}' is invalid: it must match [a-zA-Z_:][a-zA-Z0-9_:]*.", nameof(name));
    }

    public static string[] ValidateLabelNames(string metricName, string[]? labelNames, MetricType type)
    {
        if (labelNames is null || labelNames.Length == 0) return [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in labelNames)
        {
            if (label is null)
                throw new ArgumentException($"Metric '{metricName}' has a null label name.", nameof(labelNames));
            if (!IsValid(label, allowColon: false))
                throw new ArgumentException(
                    $"Label name '{label}' of metric '{metricName}' is invalid: it must match [a-zA-Z_][a-zA-Z0-9_]*.",
                    nameof(labelNames));
            if (label.StartsWith("__", StringComparison.Ordinal))
                throw new ArgumentException(
                    $"Label name '{label}' of metric '{metricName}' is invalid: names starting with '__' are reserved.",
                    nameof(labelNames));
            if (type == MetricType.Histogram && label == BucketLabel)
                throw new ArgumentException(
                    $"Label name '{label}' of histogram '{metricName}' is invalid: 'le' is reserved for histogram buckets.",
                    nameof(labelNames));
            if (!seen.Add(label))
                throw new ArgumentException(
                    $"Label name '{label}' of metric '{metricName}' is given more than once.", nameof(labelNames));
        }
        return (string[])labelNames.Clone();
    }

    private static bool IsValid(string name, bool allowColon)
    {
        if (name.Length == 0) return false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_'
                || (allowColon && c == ':')
                || (i > 0 && c is >= '0' and <= '9');
            if (!ok) return false;
        }
        return true;
    }
}
