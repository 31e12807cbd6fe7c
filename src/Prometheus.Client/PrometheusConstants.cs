namespace Prometheus;

/// <summary>Constants of the exposition format.</summary>
public static class PrometheusConstants
{
    /// <summary>The Content-Type of the text exposition format 0.0.4.</summary>
    public const string ExporterContentType = "text/plain; version=0.0.4; charset=utf-8";
}
