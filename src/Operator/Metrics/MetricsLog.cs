using Microsoft.Extensions.Logging;

namespace WhatsAppCampaigns.Operator.Metrics;

/// <summary>Log messages of the metrics exporter (event ids 5xx; kept apart from Log.cs, which another area owns right now).</summary>
internal static partial class MetricsLog
{
    [LoggerMessage(500, LogLevel.Warning, "Campaign metrics not refreshed, serving the previous values: {Error}")]
    public static partial void RefreshFailed(ILogger logger, string error);
}
