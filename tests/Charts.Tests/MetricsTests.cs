using Charts.Tests.Support;

namespace Charts.Tests;

/// <summary>The operator's and the webhook receiver's /metrics: a Service port, optional pod annotations and an optional ServiceMonitor.</summary>
public sealed class MetricsTests
{
    [Theory]
    [InlineData("default", 8080)]
    [InlineData("all-features.yaml", 9090)]
    [InlineData("watch-namespace.yaml", 8080)]
    public async Task Service_ForwardsItsMetricsPortToTheOperatorsHttpPort(string valuesName, int port)
    {
        var rendered = await Renders.GetAsync(valuesName);
        var service = rendered.Single("Service", "-operator");
        var container = Rendered.PodSpec(rendered.Single("Deployment", "-operator"))!["containers"]![0]!;

        var servicePort = Assert.Single(service["spec"]!["ports"]!.AsArray())!;
        Assert.Equal("metrics", servicePort["name"]!.GetValue<string>());
        Assert.Equal(port, servicePort["port"]!.GetValue<long>());
        Assert.Equal("http", servicePort["targetPort"]!.GetValue<string>());
        Assert.Equal("ClusterIP", service["spec"]!["type"]!.GetValue<string>());
        Assert.Equal("http", Assert.Single(container["ports"]!.AsArray())!["name"]!.GetValue<string>());
        // The operator serves /metrics on the same port as /healthz (Program.cs, MetricsRegistration's default pattern).
        Assert.Contains("app.MapOperatorMetrics();", File.ReadAllText(RepoPaths.Of("src/Operator/Program.cs")), StringComparison.Ordinal);
        Assert.Contains("string pattern = \"/metrics\"", File.ReadAllText(RepoPaths.Of("src/Operator/Metrics/MetricsRegistration.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_Disabled_IsNotRendered()
    {
        var rendered = await Renders.GetAsync("minimal.yaml");

        Assert.Empty(rendered.OfKind("Service"));
        Assert.Empty(rendered.OfKind("ServiceMonitor"));
    }

    [Theory]
    [InlineData("default", 8080)]
    [InlineData("all-features.yaml", 9090)]
    [InlineData("mock-gateway.yaml", 8080)]
    public async Task ReceiverService_ClusterIpMetricsPortToTheReceiversHttpPort(string valuesName, int port)
    {
        var rendered = await Renders.GetAsync(valuesName);
        var service = rendered.Single("Service", "-wh-metrics");
        var deployment = rendered.Single("Deployment", "-webhooks");
        var container = Rendered.PodSpec(deployment)!["containers"]![0]!;

        var servicePort = Assert.Single(service["spec"]!["ports"]!.AsArray())!;
        Assert.Equal("metrics", servicePort["name"]!.GetValue<string>());
        Assert.Equal(port, servicePort["port"]!.GetValue<long>());
        Assert.Equal("http", servicePort["targetPort"]!.GetValue<string>());
        Assert.Equal("ClusterIP", service["spec"]!["type"]!.GetValue<string>());
        Assert.Equal(Rendered.Map(deployment["spec"]!["selector"]!["matchLabels"]), Rendered.Map(service["spec"]!["selector"]));
        Assert.Equal("http", Assert.Single(container["ports"]!.AsArray())!["name"]!.GetValue<string>());
        // The receiver serves /metrics on the same port as the callback path (ReceiverRegistration, MapReceiverMetrics' default pattern).
        Assert.Contains("app.MapReceiverMetrics();", File.ReadAllText(RepoPaths.Of("src/WebhookReceiver/Hosting/ReceiverRegistration.cs")), StringComparison.Ordinal);
        Assert.Contains("string pattern = \"/metrics\"", File.ReadAllText(RepoPaths.Of("src/WebhookReceiver/Metrics/ReceiverMetricsRegistration.cs")), StringComparison.Ordinal);
        // The public Service (and the Ingress behind it) stay as they were: one port, http.
        var main = rendered.Single("Service", "-webhooks");
        Assert.Equal("http", Assert.Single(main["spec"]!["ports"]!.AsArray())!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("default")]
    [InlineData("mock-gateway.yaml")]
    public async Task PodAnnotations_OffByDefault(string valuesName)
    {
        var template = (await Renders.GetAsync(valuesName)).Single("Deployment", "-operator")["spec"]!["template"]!["metadata"]!;

        Assert.DoesNotContain(Rendered.Map(template["annotations"]).Keys, k => k.StartsWith("prometheus.io/", StringComparison.Ordinal));
        var receiver = (await Renders.GetAsync(valuesName)).Single("Deployment", "-webhooks")["spec"]!["template"]!["metadata"]!;
        Assert.DoesNotContain(Rendered.Map(receiver["annotations"]).Keys, k => k.StartsWith("prometheus.io/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PodAnnotations_On_NameTheOperatorsPortAndPathNextToTheUsersAnnotations()
    {
        var rendered = await Renders.GetAsync("all-features.yaml");
        var annotations = Rendered.Map(rendered.Single("Deployment", "-operator")["spec"]!["template"]!["metadata"]!["annotations"]);

        Assert.Equal("true", annotations["prometheus.io/scrape"]);
        Assert.Equal("8080", annotations["prometheus.io/port"]);   // the container's port, not the Service's 9090
        Assert.Equal("/metrics", annotations["prometheus.io/path"]);
        Assert.Equal("false", annotations["example.com/scrape"]);
    }

    [Fact]
    public async Task PodAnnotations_On_NameTheReceiversPortAndPathNextToItsOwnAnnotations()
    {
        var rendered = await Renders.GetAsync("all-features.yaml");
        var annotations = Rendered.Map(rendered.Single("Deployment", "-webhooks")["spec"]!["template"]!["metadata"]!["annotations"]);

        Assert.Equal("true", annotations["prometheus.io/scrape"]);
        Assert.Equal("9000", annotations["prometheus.io/port"]);   // webhookReceiver.port, not the metrics Service's 9090
        Assert.Equal("/metrics", annotations["prometheus.io/path"]);
        Assert.Equal("messaging", annotations["example.com/team"]);      // webhookReceiver.podAnnotations are kept
    }

    [Theory]
    [InlineData("default")]
    [InlineData("mock-gateway.yaml")]
    [InlineData("watch-namespace.yaml")]
    public async Task ServiceMonitor_OffByDefault(string valuesName)
    {
        Assert.Empty((await Renders.GetAsync(valuesName)).OfKind("ServiceMonitor"));
    }

    [Fact]
    public async Task ServiceMonitor_On_ScrapesTheMetricsServiceInTheReleaseNamespace()
    {
        var rendered = await Renders.GetAsync("all-features.yaml");
        var monitor = rendered.Single("ServiceMonitor", "-operator");
        var spec = monitor["spec"]!;

        Assert.Equal("monitoring.coreos.com/v1", monitor["apiVersion"]!.GetValue<string>());
        Assert.Equal(Helm.Namespace, Rendered.Namespace(monitor));
        Assert.Equal("kube-prometheus-stack", Rendered.Map(monitor["metadata"]!["labels"])["release"]);
        Assert.Equal([Helm.Namespace], spec["namespaceSelector"]!["matchNames"]!.AsArray().Select(n => n!.GetValue<string>()));
        var endpoint = Assert.Single(spec["endpoints"]!.AsArray())!;
        Assert.Equal("metrics", endpoint["port"]!.GetValue<string>());
        Assert.Equal("/metrics", endpoint["path"]!.GetValue<string>());
        Assert.Equal("http", endpoint["scheme"]!.GetValue<string>());
        Assert.Equal("15s", endpoint["interval"]!.GetValue<string>());
        Assert.Equal("5s", endpoint["scrapeTimeout"]!.GetValue<string>());
        Assert.Equal(Rendered.Map(rendered.Single("Service", "-operator")["spec"]!["selector"]), Rendered.Map(spec["selector"]!["matchLabels"]));
    }

    [Fact]
    public async Task ServiceMonitor_On_ScrapesOnlyTheReceiversMetricsService()
    {
        var rendered = await Renders.GetAsync("all-features.yaml");
        var monitor = rendered.Single("ServiceMonitor", "-webhooks");
        var spec = monitor["spec"]!;
        var selector = Rendered.Map(spec["selector"]!["matchLabels"]);

        Assert.Equal(Helm.Namespace, Rendered.Namespace(monitor));
        Assert.Equal("kube-prometheus-stack", Rendered.Map(monitor["metadata"]!["labels"])["release"]);
        Assert.Equal([Helm.Namespace], spec["namespaceSelector"]!["matchNames"]!.AsArray().Select(n => n!.GetValue<string>()));
        var endpoint = Assert.Single(spec["endpoints"]!.AsArray())!;
        Assert.Equal("metrics", endpoint["port"]!.GetValue<string>());
        Assert.Equal("/metrics", endpoint["path"]!.GetValue<string>());
        Assert.Equal("15s", endpoint["interval"]!.GetValue<string>());
        Assert.Equal("5s", endpoint["scrapeTimeout"]!.GetValue<string>());
        // Exactly the metrics Service, not the receiver's main (possibly public) one.
        var selected = Assert.Single(rendered.OfKind("Service"),
            s => selector.All(kv => Rendered.Map(s["metadata"]!["labels"]).GetValueOrDefault(kv.Key) == kv.Value));
        Assert.EndsWith("-wh-metrics", Rendered.Name(selected), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiverDisabled_MetricsOn_OnlyTheOperatorsMetricsObjects()
    {
        var result = await Helm.TemplateAsync([], "--set", "webhookReceiver.enabled=false", "--set", "metrics.serviceMonitor.enabled=true",
            "--set", "metrics.podAnnotations=true");
        Assert.True(result.ExitCode == 0, result.ToString());
        var rendered = new Rendered("receiver off", YamlDocuments.LoadAll(result.StandardOutput));

        Assert.DoesNotContain(rendered.Objects, o => o.ToJsonString().Contains("webhook-receiver", StringComparison.Ordinal));
        Assert.Single(rendered.OfKind("Service"), s => Rendered.Name(s).EndsWith("-operator", StringComparison.Ordinal));
        Assert.Single(rendered.OfKind("ServiceMonitor"), s => Rendered.Name(s).EndsWith("-operator", StringComparison.Ordinal));
    }
}
