using System.Text;
using Prometheus;

namespace Prometheus.Client.Tests;

/// <summary>Runs a registry's export into a string, as a scraper would read it.</summary>
internal static class Exposition
{
    public static async Task<string> ExportAsync(CollectorRegistry registry)
    {
        using var stream = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
