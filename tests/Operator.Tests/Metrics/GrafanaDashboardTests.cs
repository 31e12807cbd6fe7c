using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WhatsAppCampaigns.Operator.Metrics;
using WhatsAppCampaigns.WebhookReceiver.Metrics;
using static WhatsAppCampaigns.Operator.Tests.EndToEnd.LocalClusterScenario;

namespace WhatsAppCampaigns.Operator.Tests.Metrics;

/// <summary>deploy/grafana/whatsapp-campaigns.json: valid PromQL (promtool) over only the metrics the operator and the webhook receiver export.</summary>
public sealed partial class GrafanaDashboardTests
{
    // Grafana's built-in interval variables, replaced by a typical value before PromQL sees them.
    private static readonly (string Variable, string Value)[] GrafanaIntervals =
        [("$__rate_interval", "5m"), ("$__interval", "1m"), ("$__range", "1h")];

    private static readonly HashSet<string> PromQlKeywords = new(StringComparer.Ordinal)
        { "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan" };

    [Fact]
    public async Task Dashboard_EveryExpression_PassesPromtoolCheckRules()
    {
        var expressions = Expressions();
        Assert.True(expressions.Count >= 10, $"only {expressions.Count} expressions found");

        var (exitCode, output) = await CheckRulesAsync(expressions);

        Assert.True(exitCode == 0, $"promtool check rules exited {exitCode}: {output}");
        Assert.Contains($"SUCCESS: {expressions.Count} rules found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckRules_SyntaxError_Rejected()
    {
        // Proves the oracle fails when it should: the same pipeline with one broken expression.
        var (exitCode, output) = await CheckRulesAsync(["sum by (kind (rate(whatsapp_operator_reconcile_total[5m]))"]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("parse error", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Dashboard_MetricNames_OnlyThoseTheOperatorAndReceiverExport_AndEveryMainOneUsed()
    {
        var used = Expressions().SelectMany(MetricNames)
            .Concat(TemplateQueries().Select(q => LabelValuesMetric().Match(q)).Where(m => m.Success).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var receiver = ReceiverMetrics.SampleNames.ToHashSet(StringComparer.Ordinal);

        Assert.Empty(used.Except(OperatorMetrics.SampleNames).Except(receiver));
        Assert.Subset(used, new HashSet<string>
        {
            OperatorMetrics.CampaignRecipients, OperatorMetrics.CampaignPhase, OperatorMetrics.ReconcileTotal,
            OperatorMetrics.ReconcileDuration + "_bucket", OperatorMetrics.WorkQueueDepth,
            ReceiverMetrics.RequestsTotal, ReceiverMetrics.FailuresTotal, ReceiverMetrics.ApplyDuration + "_bucket",
        });
        Assert.Subset(receiver, used.Where(n => n.StartsWith("whatsapp_webhook_", StringComparison.Ordinal)).ToHashSet());
    }

    [Theory]
    [InlineData("sum by (le, kind) (rate(a_bucket{x=\"y\", z=~\"$v\"}[5m])) / ignoring(outcome) b", "a_bucket,b")]
    [InlineData("histogram_quantile(0.95, c) > bool 1e-9 offset 5m", "c")]
    [InlineData("clamp_min(sum without (job) (d:rule{outcome=\"a b\"}), 1)", "d:rule")]
    public void MetricNames_Expression_OnlySelectorsNotFunctionsLabelsOrKeywords(string expression, string expected) =>
        Assert.Equal(expected.Split(','), MetricNames(expression));

    private static JsonNode Dashboard() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "deploy", "grafana", "whatsapp-campaigns.json")))!;

    private static List<string> Expressions() =>
        [.. Descendants(Dashboard()).OfType<JsonObject>().Where(o => o["expr"] is not null).Select(o => o["expr"]!.GetValue<string>())];

    private static List<string> TemplateQueries() =>
        [.. Dashboard()["templating"]!["list"]!.AsArray().Select(v => v!["definition"]?.GetValue<string>()).OfType<string>()];

    private static IEnumerable<JsonNode> Descendants(JsonNode node) =>
        node switch
        {
            JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants).Prepend(node),
            JsonArray a => a.OfType<JsonNode>().SelectMany(Descendants).Prepend(node),
            _ => [node],
        };

    /// <summary>Metric names in a PromQL expression: identifiers left after removing strings, label matchers, ranges, grouping clauses, function calls and keywords.</summary>
    private static List<string> MetricNames(string expression)
    {
        var text = StringLiteral().Replace(expression, "\"\"");
        text = Braces().Replace(text, " ");
        text = Brackets().Replace(text, " ");
        text = Grouping().Replace(text, " ");
        return [.. Identifier().Matches(text).Where(m => !m.Groups["call"].Success && !PromQlKeywords.Contains(m.Groups["name"].Value))
            .Select(m => m.Groups["name"].Value)];
    }

    private static async Task<(int ExitCode, string Output)> CheckRulesAsync(IReadOnlyList<string> expressions)
    {
        var promtool = TestSupport.Prometheus.Promtool.Path();
        var file = Path.Combine(Directory.CreateTempSubdirectory("dashboard-rules-").FullName, "rules.yml");
        var relaxed = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var rules = expressions.Select((e, i) =>
        {
            var promql = GrafanaIntervals.Aggregate(e, (x, v) => x.Replace(v.Variable, v.Value, StringComparison.Ordinal));
            Assert.DoesNotContain("$__", promql, StringComparison.Ordinal);
            // A JSON string is a valid YAML double-quoted scalar.
            return $"      - record: dashboard:expression_{i}\n        expr: {JsonSerializer.Serialize(promql, relaxed)}\n";
        });
        await File.WriteAllTextAsync(file, "groups:\n  - name: grafana-dashboard\n    rules:\n" + string.Concat(rules));
        try
        {
            using var process = Process.Start(new ProcessStartInfo(promtool, ["check", "rules", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, (await stdout) + (await stderr));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Braces();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<![\w.:])(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<call>\s*\()?")]
    private static partial Regex Identifier();



    [GeneratedRegex(@"label_values\(\s*([a-zA-Z_:][a-zA-Z0-9_:]*)")]
    private static partial Regex LabelValuesMetric();
}
