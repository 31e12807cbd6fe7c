using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Charts.Tests.Support;

namespace Charts.Tests;

/// <summary>The webhook receiver's Deployment, Service, Ingress and PDB, wired to the configuration keys the receiver really binds.</summary>
public sealed class WebhookReceiverTests
{
    private const string ObjectName = $"{Helm.Release}-whatsapp-campaigns-webhooks";

    [Theory]
    [InlineData("default", "whatsapp-webhooks", "app-secret", "verify-token")]
    [InlineData("all-features.yaml", "meta-webhooks", "appSecret", "verifyToken")]
    [InlineData("mock-gateway.yaml", "whatsapp-webhooks", "app-secret", "verify-token")]
    [InlineData("watch-namespace.yaml", "whatsapp-webhooks", "app-secret", "verify-token")]
    public async Task Secrets_ComeFromSecretKeyRefsOnly(string valuesName, string secret, string appSecretKey, string verifyTokenKey)
    {
        var rendered = await Renders.GetAsync(valuesName);
        var env = Env(rendered);

        AssertSecretKeyRef(env, "Webhooks__AppSecret", secret, appSecretKey);
        AssertSecretKeyRef(env, "Webhooks__VerifyToken", secret, verifyTokenKey);
        Assert.Empty(rendered.OfKind("Secret"));
        // The Redis password, when there is one, comes from the same secretKeyRef as the operator's.
        var password = env.FindIndex(e => Name(e) == "REDIS_PASSWORD");
        var configuration = env.FindIndex(e => Name(e) == "Redis__Configuration");
        Assert.True(configuration >= 0, "Redis__Configuration");
        if (password >= 0)
        {
            Assert.True(password < configuration, "REDIS_PASSWORD must come before Redis__Configuration, which refers to it");
            Assert.Null(env[password]["value"]);
            Assert.NotNull(env[password]["valueFrom"]!["secretKeyRef"]);
            Assert.Contains(",password=$(REDIS_PASSWORD)", Value(env, "Redis__Configuration"), StringComparison.Ordinal);
        }
        Assert.DoesNotContain(env, e => e["value"]?.GetValue<string>() is { } v
            && v.Replace("password=$(REDIS_PASSWORD)", "", StringComparison.Ordinal).Contains("password=", StringComparison.OrdinalIgnoreCase));
        // Same Redis as the operator: the receiver settles the records the senders claim there.
        Assert.Equal(OperatorEnv(rendered).Single(e => Name(e) == "Redis__Configuration")["value"]!.GetValue<string>(), Value(env, "Redis__Configuration"));
    }

    [Fact]
    public async Task Defaults_TwoRestrictedReplicasWithoutAnApiToken()
    {
        var rendered = await Renders.GetAsync("default");
        var deployment = rendered.Single("Deployment", "-webhooks");
        var pod = Rendered.PodSpec(deployment)!;
        var env = Env(rendered);

        Assert.Equal(2, deployment["spec"]!["replicas"]!.GetValue<long>());
        Assert.Equal(0, deployment["spec"]!["strategy"]!["rollingUpdate"]!["maxUnavailable"]!.GetValue<long>());
        Assert.False(pod["automountServiceAccountToken"]!.GetValue<bool>());
        Assert.Null(pod["serviceAccountName"]);
        Assert.Equal($"ghcr.io/whatsapp-campaigns/webhook-receiver:{ChartYaml.AppVersion()}", Container(rendered)["image"]!.GetValue<string>());
        Assert.Equal("/webhooks/whatsapp", Value(env, "Webhooks__Path"));
        Assert.Equal("1048576", Value(env, "Webhooks__MaxBodyBytes"));
        Assert.DoesNotContain(env, e => Name(e).StartsWith("Webhooks__Sessions__", StringComparison.Ordinal));
        Assert.DoesNotContain(env, e => Name(e).StartsWith("Webhooks__OptOutKeywords__", StringComparison.Ordinal));
        Assert.Equal("redis-master:6379,password=$(REDIS_PASSWORD)", Value(env, "Redis__Configuration"));
        var resources = Container(rendered)["resources"]!;
        Assert.Equal("64Mi", resources["requests"]!["memory"]!.GetValue<string>());
        Assert.Equal("256Mi", resources["limits"]!["memory"]!.GetValue<string>());
        Assert.Empty(rendered.OfKind("Ingress"));
        var service = rendered.Single("Service", "-webhooks");
        Assert.Equal("ClusterIP", service["spec"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task AllFeatures_MapsEveryValue()
    {
        var rendered = await Renders.GetAsync("all-features.yaml");
        var deployment = rendered.Single("Deployment", "-webhooks");
        var container = Container(rendered);
        var env = Env(rendered);

        Assert.Equal(3, deployment["spec"]!["replicas"]!.GetValue<long>());
        Assert.Equal("ghcr.io/whatsapp-campaigns/webhook-receiver@sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210",
            container["image"]!.GetValue<string>());
        Assert.Equal("Always", container["imagePullPolicy"]!.GetValue<string>());
        Assert.Equal("/meta/callback", Value(env, "Webhooks__Path"));
        Assert.Equal("2097152", Value(env, "Webhooks__MaxBodyBytes"));   // an integer, not Go's 2.097152e+06
        Assert.Equal("shop-main", Value(env, "Webhooks__Sessions__106540352242922"));
        Assert.Equal("shop-support", Value(env, "Webhooks__Sessions__207651463353033"));
        Assert.Equal("STOP", Value(env, "Webhooks__OptOutKeywords__0"));
        Assert.Equal("CANCELAR", Value(env, "Webhooks__OptOutKeywords__1"));
        Assert.Equal("Warning", Value(env, "Logging__LogLevel__Default"));
        Assert.Equal("Warning", Value(env, "Logging__LogLevel__Microsoft.AspNetCore"));
        Assert.Equal("9000", Value(env, "ASPNETCORE_HTTP_PORTS"));
        Assert.Equal(9000, container["ports"]![0]!["containerPort"]!.GetValue<long>());
        Assert.Equal("redis.data.svc:6380,user=campaigns,password=$(REDIS_PASSWORD),ssl=true,connectTimeout=5000,name=operator",
            Value(env, "Redis__Configuration"));
        Assert.Equal(1, container["readinessProbe"]!["failureThreshold"]!.GetValue<long>());
        var pod = Rendered.PodSpec(deployment)!;
        Assert.Equal("linux", pod["nodeSelector"]!["kubernetes.io/os"]!.GetValue<string>());
        Assert.Equal("edge", pod["tolerations"]![0]!["value"]!.GetValue<string>());
        Assert.NotNull(pod["affinity"]!["podAntiAffinity"]);
        Assert.Equal("topology.kubernetes.io/zone", pod["topologySpreadConstraints"]![0]!["topologyKey"]!.GetValue<string>());
        Assert.Equal("regcred", pod["imagePullSecrets"]![0]!["name"]!.GetValue<string>());
        var template = deployment["spec"]!["template"]!["metadata"]!;
        Assert.Equal("messaging", Rendered.Map(template["labels"])["team"]);
        Assert.DoesNotContain("team", Rendered.Map(deployment["spec"]!["selector"]!["matchLabels"]).Keys);
        Assert.Equal("messaging", Rendered.Map(template["annotations"])["example.com/team"]);
        var service = rendered.Single("Service", "-webhooks");
        Assert.Equal("NodePort", service["spec"]!["type"]!.GetValue<string>());
        Assert.Equal(9000, service["spec"]!["ports"]![0]!["port"]!.GetValue<long>());
    }

    [Fact]
    public async Task Ingress_ExposesOnlyTheCallbackPathOverTls()
    {
        var ingress = (await Renders.GetAsync("all-features.yaml")).Single("Ingress", "-webhooks");
        var spec = ingress["spec"]!;

        Assert.Equal("networking.k8s.io/v1", ingress["apiVersion"]!.GetValue<string>());
        Assert.Equal("nginx", spec["ingressClassName"]!.GetValue<string>());
        Assert.Equal("letsencrypt", Rendered.Map(ingress["metadata"]!["annotations"])["cert-manager.io/cluster-issuer"]);
        var tls = Assert.Single(spec["tls"]!.AsArray())!;
        Assert.Equal(["hooks.example.com"], tls["hosts"]!.AsArray().Select(h => h!.GetValue<string>()));
        Assert.Equal("hooks-example-com-tls", tls["secretName"]!.GetValue<string>());
        var rule = Assert.Single(spec["rules"]!.AsArray())!;
        Assert.Equal("hooks.example.com", rule["host"]!.GetValue<string>());
        var path = Assert.Single(rule["http"]!["paths"]!.AsArray())!;
        Assert.Equal("/meta/callback", path["path"]!.GetValue<string>());
        Assert.Equal("Prefix", path["pathType"]!.GetValue<string>());
        Assert.Equal(ObjectName, path["backend"]!["service"]!["name"]!.GetValue<string>());
        Assert.Equal("http", path["backend"]!["service"]!["port"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ingress_WithoutTlsOrClass_RendersNeither()
    {
        var result = await Helm.TemplateAsync([], "--set", "webhookReceiver.ingress.enabled=true,webhookReceiver.ingress.host=hooks.example.com");

        Assert.True(result.ExitCode == 0, result.ToString());
        var ingress = Assert.Single(YamlDocuments.LoadAll(result.StandardOutput), o => Rendered.Kind(o) == "Ingress");
        Assert.Null(ingress["spec"]!["tls"]);
        Assert.Null(ingress["spec"]!["ingressClassName"]);
        Assert.Equal("Exact", ingress["spec"]!["rules"]![0]!["http"]!["paths"]![0]!["pathType"]!.GetValue<string>());
        Assert.Equal("/webhooks/whatsapp", ingress["spec"]!["rules"]![0]!["http"]!["paths"]![0]!["path"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Renders.All), MemberType = typeof(Renders))]
    public async Task Probes_UseTheReceiversHealthEndpointsOnItsPort(string valuesName)
    {
        var rendered = await Renders.GetAsync(valuesName);
        if (valuesName == "minimal.yaml")
        {
            Assert.DoesNotContain(rendered.OfKind("Deployment"), d => Rendered.Name(d) == ObjectName);
            return;
        }
        var container = Container(rendered);
        var routes = File.ReadAllText(RepoPaths.Of("src/WebhookReceiver/Hosting/ReceiverRegistration.cs"));

        Assert.Equal("/healthz", container["startupProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/healthz", container["livenessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/readyz", container["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Contains("app.MapGet(\"/healthz\"", routes, StringComparison.Ordinal);
        Assert.Contains("app.MapGet(\"/readyz\"", routes, StringComparison.Ordinal);
        var port = Assert.Single(container["ports"]!.AsArray())!;
        Assert.Equal("http", port["name"]!.GetValue<string>());
        foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
            Assert.Equal("http", container[probe]!["httpGet"]!["port"]!.GetValue<string>());
        Assert.Equal(port["containerPort"]!.ToString(), Value(Env(rendered), "ASPNETCORE_HTTP_PORTS"));
        // The callback path the receiver maps by default is the chart's default path.
        Assert.Contains("public string Path { get; set; } = \"/webhooks/whatsapp\";",
            File.ReadAllText(RepoPaths.Of("src/Webhooks/Hosting/WebhookOptions.cs")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Renders.All), MemberType = typeof(Renders))]
    public async Task Env_EveryConfigurationKey_ExistsInTheReceiversOptions(string valuesName)
    {
        var rendered = await Renders.GetAsync(valuesName);
        if (valuesName == "minimal.yaml")
        {
            Assert.DoesNotContain(rendered.Objects, o => Rendered.Name(o) == ObjectName);
            return;
        }
        // Section → the options type the receiver binds it to (ReceiverRegistration, AddWhatsAppWebhooks).
        var sections = new Dictionary<string, string>
        {
            ["Redis"] = "src/CampaignState/RedisOptions.cs",
            ["Webhooks"] = "src/Webhooks/Hosting/WebhookOptions.cs",
        };
        foreach (var (section, file) in sections)
            Assert.Contains($"public const string SectionName = \"{section}\";", File.ReadAllText(RepoPaths.Of(file)), StringComparison.Ordinal);

        var keys = Env(rendered).Select(Name).Where(n => n.Contains("__", StringComparison.Ordinal) && !n.StartsWith("Logging__", StringComparison.Ordinal)).ToList();
        Assert.Contains("Webhooks__AppSecret", keys);
        foreach (var key in keys)
        {
            var parts = key.Split("__");
            Assert.True(sections.TryGetValue(parts[0], out var file), $"{key}: the receiver binds no section {parts[0]}");
            var source = File.ReadAllText(RepoPaths.Of(file));
            var property = Regex.Match(source, $@"public (?<type>[\w<>, ?]+) {parts[1]} \{{ get; set; \}}");
            Assert.True(property.Success, $"{key}: {file} has no settable property {parts[1]}");
            var type = property.Groups["type"].Value;
            switch (parts.Length)
            {
                case 2:
                    Assert.DoesNotContain("<", type, StringComparison.Ordinal);
                    break;
                case 3 when type == "Dictionary<string, string>":
                    Assert.Matches("^[0-9]+$", parts[2]);   // Sessions: a phone_number_id
                    break;
                case 3 when type == "List<string>":
                    Assert.Matches("^(0|[1-9][0-9]*)$", parts[2]);   // OptOutKeywords: an index
                    break;
                default:
                    Assert.Fail($"{key}: {parts[1]} is a {type}, which {key} does not bind");
                    break;
            }
        }
    }

    [Fact]
    public async Task Disabled_RendersNoReceiverObjectsAndNeedsNoSecret()
    {
        var rendered = await Renders.GetAsync("minimal.yaml");

        Assert.DoesNotContain(rendered.Objects, o => Rendered.Name(o).EndsWith("-webhooks", StringComparison.Ordinal));
        Assert.DoesNotContain(rendered.Objects, o => o.ToJsonString().Contains("webhook-receiver", StringComparison.Ordinal));
        Assert.Single(rendered.OfKind("Deployment"));
    }

    [Theory]
    [InlineData("default", null, 1L)]
    [InlineData("all-features.yaml", 2L, null)]
    public async Task PodDisruptionBudget_KeepsAReceiverThroughDrains(string valuesName, long? minAvailable, long? maxUnavailable)
    {
        var pdb = (await Renders.GetAsync(valuesName)).Single("PodDisruptionBudget", "-webhooks");

        Assert.Equal(minAvailable, pdb["spec"]!["minAvailable"]?.GetValue<long>());
        Assert.Equal(maxUnavailable, pdb["spec"]!["maxUnavailable"]?.GetValue<long>());
        Assert.DoesNotContain((await Renders.GetAsync("mock-gateway.yaml")).OfKind("PodDisruptionBudget"), p => Rendered.Name(p) == ObjectName);
    }

    [Fact]
    public async Task PodDisruptionBudget_ExplicitZero_IsKeptNotReplacedByTheDefault()
    {
        var result = await Helm.TemplateAsync([], "--set",
            "webhookReceiver.podDisruptionBudget.maxUnavailable=0,podDisruptionBudget.enabled=true,podDisruptionBudget.maxUnavailable=0");

        Assert.True(result.ExitCode == 0, result.ToString());
        var pdbs = YamlDocuments.LoadAll(result.StandardOutput).Where(o => Rendered.Kind(o) == "PodDisruptionBudget").ToList();
        Assert.Equal(2, pdbs.Count);
        Assert.All(pdbs, p => Assert.Equal(0, p["spec"]!["maxUnavailable"]!.GetValue<long>()));
    }

    [Fact]
    public async Task LargeIntegers_AreWrittenAsIntegers()
    {
        // Helm reads numbers as float64 and quote prints 2.592e+06 from 1e6 on, which the options binder rejects.
        var result = await Helm.TemplateAsync([], "--set", "senderJob.ttlSecondsAfterFinished=2592000,webhookReceiver.maxBodyBytes=67108864");

        Assert.True(result.ExitCode == 0, result.ToString());
        var objects = YamlDocuments.LoadAll(result.StandardOutput);
        var rendered = new Rendered("--set", objects);
        Assert.Equal("67108864", Value(Env(rendered), "Webhooks__MaxBodyBytes"));
        Assert.Equal("2592000", OperatorEnv(rendered).Single(e => Name(e) == "SenderJob__TtlSecondsAfterFinished")["value"]!.GetValue<string>());
    }

    private static void AssertSecretKeyRef(List<JsonObject> env, string name, string secret, string key)
    {
        var variable = Assert.Single(env, e => Name(e) == name);
        Assert.Null(variable["value"]);
        var secretRef = variable["valueFrom"]!["secretKeyRef"]!;
        Assert.Equal(secret, secretRef["name"]!.GetValue<string>());
        Assert.Equal(key, secretRef["key"]!.GetValue<string>());
    }

    private static JsonObject Container(Rendered rendered) =>
        Rendered.PodSpec(rendered.Single("Deployment", "-webhooks"))!["containers"]![0]!.AsObject();

    private static List<JsonObject> Env(Rendered rendered) =>
        Container(rendered)["env"]!.AsArray().Select(e => e!.AsObject()).ToList();

    private static List<JsonObject> OperatorEnv(Rendered rendered) =>
        Rendered.PodSpec(rendered.Single("Deployment", "-operator"))!["containers"]![0]!["env"]!.AsArray().Select(e => e!.AsObject()).ToList();

    private static string Name(JsonObject variable) => variable["name"]!.GetValue<string>();

    private static string Value(List<JsonObject> env, string name) =>
        Assert.Single(env, e => Name(e) == name)["value"]!.GetValue<string>();
}
