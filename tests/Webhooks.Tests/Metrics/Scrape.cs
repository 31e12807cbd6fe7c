using System.Net;
using TestSupport.Prometheus;

namespace WhatsAppCampaigns.Webhooks.Tests.Metrics;

/// <summary>One GET of the receiver's <c>/metrics</c>: the raw text and its samples.</summary>
internal sealed record Scrape(string Text, IReadOnlyList<ScrapedSample> Samples)
{
    public static async Task<Scrape> GetAsync(HttpClient http, Uri baseAddress)
    {
        using var response = await http.GetAsync(new Uri(baseAddress, "metrics"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/metrics: {(int)response.StatusCode}: {text}");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return new Scrape(text, ScrapedSample.ParseAll(text));
    }

    /// <summary>The value of the one series of <paramref name="name"/> with exactly these labels, or null when absent.</summary>
    public double? Value(string name, params (string Label, string Value)[] labels)
    {
        var matches = Samples.Where(s => s.Name == name && s.Labels.Count == labels.Length && labels.All(l => s.Has(l.Label, l.Value))).ToList();
        Assert.True(matches.Count <= 1, $"{name}: {matches.Count} series match");
        return matches.Count == 0 ? null : matches[0].Value;
    }

    /// <summary>Every series of <paramref name="name"/> as "label=value,…" → value, for whole-family assertions.</summary>
    public Dictionary<string, double> Family(string name) => Samples.Where(s => s.Name == name)
        .ToDictionary(s => string.Join(',', s.Labels.Select(l => $"{l.Key}={l.Value}")), s => s.Value);

    /// <summary>Runs <c>promtool check metrics</c> on the text: exit code and output.</summary>
    public Task<(int ExitCode, string Output)> PromtoolCheckAsync() => Promtool.CheckMetricsAsync(Text);
}
