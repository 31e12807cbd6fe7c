using Charts.Tests.Support;

namespace Charts.Tests;

public sealed class LabelTests
{
    [Theory]
    [MemberData(nameof(Renders.All), MemberType = typeof(Renders))]
    public async Task Render_EveryObject_CarriesTheStandardLabels(string valuesName)
    {
        var rendered = await Renders.GetAsync(valuesName);
        var appVersion = ChartYaml.AppVersion();

        Assert.NotEmpty(rendered.Objects);
        foreach (var o in rendered.Objects)
        {
            var labels = Rendered.Map(o["metadata"]?["labels"]);
            var id = Rendered.Id(o);
            Assert.True(labels.GetValueOrDefault("app.kubernetes.io/name") == "whatsapp-campaigns", $"{id}: name label");
            Assert.True(labels.GetValueOrDefault("app.kubernetes.io/instance") == Helm.Release, $"{id}: instance label");
            Assert.True(labels.GetValueOrDefault("app.kubernetes.io/version") == appVersion, $"{id}: version label");
            Assert.True(labels.GetValueOrDefault("app.kubernetes.io/managed-by") == "Helm", $"{id}: managed-by label");
            Assert.True(labels.GetValueOrDefault("app.kubernetes.io/part-of") == "whatsapp-campaigns", $"{id}: part-of label");
            Assert.True(labels.GetValueOrDefault("helm.sh/chart") == $"whatsapp-campaigns-{ChartYaml.Version()}", $"{id}: chart label");
            Assert.True(labels.GetValueOrDefault("app.kubernetes.io/component") is "operator" or "mock-gateway" or "webhook-receiver", $"{id}: component label");
        }
    }

    [Theory]
    [MemberData(nameof(Renders.All), MemberType = typeof(Renders))]
    public async Task Render_Selectors_MatchExactlyTheirOwnPods(string valuesName)
    {
        var rendered = await Renders.GetAsync(valuesName);
        var pods = rendered.OfKind("Deployment")
            .Select(d => (Id: Rendered.Id(d), Labels: Rendered.Map(d["spec"]!["template"]!["metadata"]!["labels"])))
            .ToList();

        foreach (var deployment in rendered.OfKind("Deployment"))
        {
            var selector = Rendered.Map(deployment["spec"]!["selector"]!["matchLabels"]);
            Assert.Equal([Rendered.Id(deployment)], Matching(selector));
        }
        // A PDB or Service selects exactly the Deployment of its own name ("-operator", "-webhooks", "-mock-gateway");
        // the receiver's metrics Service "-wh-metrics" selects the receiver's.
        foreach (var pdb in rendered.OfKind("PodDisruptionBudget"))
            Assert.Equal([$"Deployment/{Rendered.Name(pdb)}"], Matching(Rendered.Map(pdb["spec"]!["selector"]!["matchLabels"])));
        foreach (var service in rendered.OfKind("Service"))
            Assert.Equal([$"Deployment/{Rendered.Name(service).Replace("-wh-metrics", "-webhooks", StringComparison.Ordinal)}"],
                Matching(Rendered.Map(service["spec"]!["selector"])));
        // A ServiceMonitor selects exactly one metrics Service (the operator's, or the receiver's for "-webhooks"), and scrapes a port it has.
        foreach (var monitor in rendered.OfKind("ServiceMonitor"))
        {
            var selector = Rendered.Map(monitor["spec"]!["selector"]!["matchLabels"]);
            var service = Assert.Single(rendered.OfKind("Service"), s => selector.All(kv => Rendered.Map(s["metadata"]!["labels"]).GetValueOrDefault(kv.Key) == kv.Value));
            Assert.Equal(Rendered.Name(monitor).EndsWith("-webhooks", StringComparison.Ordinal)
                ? $"{Helm.Release}-whatsapp-campaigns-wh-metrics" : $"{Helm.Release}-whatsapp-campaigns-operator", Rendered.Name(service));
            var ports = service["spec"]!["ports"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();
            Assert.All(monitor["spec"]!["endpoints"]!.AsArray(), e => Assert.Contains(e!["port"]!.GetValue<string>(), ports));
        }
        // An Ingress sends its paths to a Service of the release, on a port that Service has.
        foreach (var ingress in rendered.OfKind("Ingress"))
        {
            foreach (var path in ingress["spec"]!["rules"]!.AsArray().SelectMany(r => r!["http"]!["paths"]!.AsArray()))
            {
                var backend = path!["backend"]!["service"]!;
                var service = rendered.Single("Service", backend["name"]!.GetValue<string>());
                Assert.Contains(service["spec"]!["ports"]!.AsArray(), p => p!["name"]!.GetValue<string>() == backend["port"]!["name"]!.GetValue<string>());
            }
        }

        List<string> Matching(Dictionary<string, string> selector)
        {
            Assert.NotEmpty(selector);
            Assert.True(selector.ContainsKey("app.kubernetes.io/instance"), "a selector without the instance label would match other releases");
            return pods.Where(p => selector.All(kv => p.Labels.GetValueOrDefault(kv.Key) == kv.Value)).Select(p => p.Id).ToList();
        }
    }

    [Fact]
    public async Task Render_LongestReleaseName_KeepsNamesWithin63Characters()
    {
        var release = new string('r', 53);  // helm's own limit on release names
        var result = await Helm.RunAsync("template", release, RepoPaths.Chart, "--namespace", Helm.Namespace,
            "--values", Path.Combine(RepoPaths.ValuesFolder, "mock-gateway.yaml"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var objects = YamlDocuments.LoadAll(result.StandardOutput);
        Assert.Contains(objects, o => Rendered.Kind(o) == "Service");
        foreach (var o in objects)
        {
            Assert.True(Rendered.Name(o).Length <= 63, $"{Rendered.Id(o)} is {Rendered.Name(o).Length} characters");
            Assert.Matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", Rendered.Name(o));
        }
    }

    [Fact]
    public async Task Render_PodLabels_AreAddedWithoutTouchingTheSelector()
    {
        var rendered = await Renders.GetAsync("all-features.yaml");
        var operatorDeployment = rendered.Single("Deployment", "-operator");

        Assert.Equal("messaging", Rendered.Map(operatorDeployment["spec"]!["template"]!["metadata"]!["labels"])["team"]);
        Assert.DoesNotContain("team", Rendered.Map(operatorDeployment["spec"]!["selector"]!["matchLabels"]).Keys);
        Assert.Equal("false", Rendered.Map(operatorDeployment["spec"]!["template"]!["metadata"]!["annotations"])["example.com/scrape"]);
    }
}
