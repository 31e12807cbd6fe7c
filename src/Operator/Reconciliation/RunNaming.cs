using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// Deterministic names of a run's objects: the same campaign and scheduled time always give the
/// same run id, Job name and snapshot name, so a restarted operator or a repeated reconcile finds
/// (or collides with) what an earlier pass created instead of making a second Job. Pure.
/// </summary>
public static class RunNaming
{
    /// <summary>Label with the campaign's name (truncated to a label value).</summary>
    public const string CampaignLabel = "whatsapp.campaigns.dev/campaign";

    /// <summary>Label with the run id.</summary>
    public const string RunLabel = "whatsapp.campaigns.dev/run";

    /// <summary>Label telling what an object is for (<c>sender</c>, <c>snapshot</c>, <c>redis</c>).</summary>
    public const string ComponentLabel = "app.kubernetes.io/component";

    /// <summary>Annotation with the run's scheduled time (RFC 3339).</summary>
    public const string ScheduledAtAnnotation = "whatsapp.campaigns.dev/scheduled-at";

    /// <summary>Key of the snapshot JSON in the snapshot ConfigMap.</summary>
    public const string SnapshotKey = "snapshot.json";

    /// <summary>The run id of a scheduled time: its UTC time to the second, e.g. <c>20260301-090000</c>.</summary>
    public static string RunId(DateTimeOffset scheduledAt) =>
        scheduledAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);

    /// <summary>
    /// The Job name: the campaign name cut to fit, then a hash of namespace, name and run id, at most
    /// 63 characters and a valid DNS label (pod names derive from it).
    /// </summary>
    public static string JobName(string @namespace, string campaign, string runId)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{@namespace}/{campaign}/{runId}")))[..10];
        var prefix = campaign.Replace('.', '-');
        if (prefix.Length > 52) prefix = prefix[..52];
        return $"{prefix.TrimEnd('-')}-{hash}";
    }

    /// <summary>The snapshot ConfigMap's name for a Job name.</summary>
    public static string SnapshotName(string jobName) => jobName + "-snapshot";

    /// <summary>The name of the run's Secret with the sender's Redis configuration, for a Job name.</summary>
    public static string RedisSecretName(string jobName) => jobName + "-redis";

    /// <summary>A name as a label value (at most 63 characters, alphanumeric at both ends).</summary>
    public static string LabelValue(string name)
    {
        var value = name.Length > 63 ? name[..63] : name;
        return value.Trim('-', '.', '_');
    }

    /// <summary>Formats a scheduled time for the annotation.</summary>
    public static string FormatScheduledAt(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses the annotation; null when absent or malformed.</summary>
    public static DateTimeOffset? ParseScheduledAt(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at : null;
}
