using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Charts.Tests.Support;

namespace Charts.Tests;

/// <summary>The operator Deployment wires the values to the configuration keys the operator really reads.</summary>
public sealed partial class OperatorDeploymentTests
{
    [Theory]
    [InlineData("default", "redis", "redis-password")]
    [InlineData("all-features.yaml", "redis-auth", "password")]
    [InlineData("watch-namespace.yaml", "redis", "redis-password")]
    public async Task RedisPassword_ComesFromASecretKeyRef(string valuesName, string secret, string key)
    {
        var rendered = await Renders.GetAsync(valuesName);
        var env = Env(rendered);

        var password = env.FindIndex(e => e["name"]!.GetValue<string>() == "REDIS_PASSWORD");
        var configuration = env.FindIndex(e => e["name"]!.GetValue<string>() == "Redis__Configuration");
        Assert.True(password >= 0 && password < configuration, "REDIS_PASSWORD must come before Redis__Configuration, which refers to it");
        var secretRef = env[password]["valueFrom"]!["secretKeyRef"]!;
        Assert.Equal(secret, secretRef["name"]!.GetValue<string>());
        Assert.Equal(key, secretRef["key"]!.GetValue<string>());
        Assert.Null(env[password]["value"]);
        Assert.Contains(",password=$(REDIS_PASSWORD)", env[configuration]["value"]!.GetValue<string>(), StringComparison.Ordinal);
        // No other place carries a password, and the chart creates no Secret of its own.
        Assert.DoesNotContain(env, e => e["value"]?.GetValue<string>() is { } v && PasswordOption().IsMatch(v.Replace("password=$(REDIS_PASSWORD)", "", StringComparison.Ordinal)));
        Assert.Empty(rendered.OfKind("Secret"));
    }

    [Fact]
    public async Task RedisAuthDisabled_SendsNoPassword()
    {
        var env = Env(await Renders.GetAsync("mock-gateway.yaml"));

        Assert.DoesNotContain(env, e => e["name"]!.GetValue<string>() == "REDIS_PASSWORD");
        Assert.Equal("redis:6379", Value(env, "Redis__Configuration"));
    }

    [Fact]
    public async Task AllFeatures_MapsEveryValueToTheOperatorsConfigurationKey()
    {
        var env = Env(await Renders.GetAsync("all-features.yaml"));

        Assert.Equal("redis.data.svc:6380,user=campaigns,password=$(REDIS_PASSWORD),ssl=true,connectTimeout=5000,name=operator",
            Value(env, "Redis__Configuration"));
        Assert.Equal("registry.example.com/wac/sender:1.2.3", Value(env, "SenderJob__Image"));
        Assert.Equal("redis.data.svc:6380,ssl=true", Value(env, "SenderJob__RedisConfiguration"));
        Assert.Equal("5", Value(env, "SenderJob__BackoffLimit"));
        Assert.Equal("90000", Value(env, "SenderJob__ActiveDeadlineSeconds"));
        Assert.Equal("3600", Value(env, "SenderJob__TtlSecondsAfterFinished"));
        Assert.Equal(TimeSpan.FromSeconds(10), TimeSpan.Parse(Value(env, "SenderJob__ProgressRefresh"), CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromDays(7), TimeSpan.Parse(Value(env, "SenderJob__DedupeRetention"), CultureInfo.InvariantCulture));
        Assert.Equal("campaign-sender", Value(env, "SenderJob__ServiceAccountName"));
        Assert.Equal("4", Value(env, "Operator__MaxConcurrentReconciles"));
        Assert.Equal("true", Value(env, "Operator__EnableLeaderElection"));
        Assert.Equal(TimeSpan.FromSeconds(30), TimeSpan.Parse(Value(env, "Operator__LeaderElectionLeaseDuration"), CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromSeconds(20), TimeSpan.Parse(Value(env, "Operator__LeaderElectionRenewDeadline"), CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromSeconds(4), TimeSpan.Parse(Value(env, "Operator__LeaderElectionRetryPeriod"), CultureInfo.InvariantCulture));
        Assert.Equal("Debug", Value(env, "Logging__LogLevel__Default"));
        Assert.Equal("300", Value(env, "Operator__WatchTimeoutSeconds"));
    }

    [Fact]
    public async Task Defaults_UseTheAppVersionForBothImagesAndTheOptionsDefaults()
    {
        var rendered = await Renders.GetAsync("default");
        var env = Env(rendered);
        var container = Container(rendered);

        Assert.Equal($"ghcr.io/whatsapp-campaigns/operator:{ChartYaml.AppVersion()}", container["image"]!.GetValue<string>());
        Assert.Equal($"ghcr.io/whatsapp-campaigns/sender:{ChartYaml.AppVersion()}", Value(env, "SenderJob__Image"));
        // The chart's defaults are the operator's own (SenderJobOptions), so an install changes nothing silently.
        Assert.Equal("3", Value(env, "SenderJob__BackoffLimit"));
        Assert.Equal((6 * 3600).ToString(CultureInfo.InvariantCulture), Value(env, "SenderJob__ActiveDeadlineSeconds"));
        Assert.Equal((24 * 3600).ToString(CultureInfo.InvariantCulture), Value(env, "SenderJob__TtlSecondsAfterFinished"));
        Assert.Equal(TimeSpan.FromSeconds(5), TimeSpan.Parse(Value(env, "SenderJob__ProgressRefresh"), CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.Zero, TimeSpan.Parse(Value(env, "SenderJob__DedupeRetention"), CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromSeconds(15), TimeSpan.Parse(Value(env, "Operator__LeaderElectionLeaseDuration"), CultureInfo.InvariantCulture));
        Assert.Equal("1", rendered.Single("Deployment", "-operator")["spec"]!["replicas"]!.ToString());
    }

    [Fact]
    public async Task Digest_ReplacesTheTag()
    {
        var container = Container(await Renders.GetAsync("all-features.yaml"));

        Assert.Equal("ghcr.io/whatsapp-campaigns/operator@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            container["image"]!.GetValue<string>());
        Assert.Equal("Always", container["imagePullPolicy"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Renders.All), MemberType = typeof(Renders))]
    public async Task Env_EveryConfigurationKey_ExistsInTheOperatorsOptions(string valuesName)
    {
        var env = Env(await Renders.GetAsync(valuesName));
        var sections = new Dictionary<string, string>
        {
            ["Redis"] = "src/CampaignState/RedisOptions.cs",
            ["SenderJob"] = "src/Operator/Hosting/SenderJobOptions.cs",
            ["Operator"] = "src/Kube.Operator/OperatorSettings.cs",
        };

        var keys = env.Select(e => e["name"]!.GetValue<string>()).Where(n => n.Contains("__", StringComparison.Ordinal) && !n.StartsWith("Logging__", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var parts = key.Split("__");
            Assert.True(sections.TryGetValue(parts[0], out var file), $"{key}: the operator binds no section {parts[0]}");
            Assert.Equal(2, parts.Length);
            Assert.True(Regex.IsMatch(File.ReadAllText(RepoPaths.Of(file)), $@"public [\w?]+ {parts[1]} \{{ get; set; \}}"),
                $"{key}: {file} has no settable property {parts[1]}");
        }
        Assert.Contains("public const string OperatorSectionName = \"Operator\";",
            File.ReadAllText(RepoPaths.Of("src/Operator/Hosting/ServiceCollectionExtensions.cs")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Renders.All), MemberType = typeof(Renders))]
    public async Task Probes_UseTheOperatorsHealthEndpointsOnItsPort(string valuesName)
    {
        var rendered = await Renders.GetAsync(valuesName);
        var container = Container(rendered);
        var health = File.ReadAllText(RepoPaths.Of("src/Operator/Hosting/HealthEndpoints.cs"));

        Assert.Equal("/healthz/live", container["livenessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/healthz/live", container["startupProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/healthz/ready", container["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Contains("MapGet(\"/healthz/live\"", health, StringComparison.Ordinal);
        Assert.Contains("MapGet(\"/healthz/ready\"", health, StringComparison.Ordinal);
        var port = Assert.Single(container["ports"]!.AsArray())!;
        Assert.Equal("http", port["name"]!.GetValue<string>());
        Assert.Equal("http", container["readinessProbe"]!["httpGet"]!["port"]!.GetValue<string>());
        Assert.Equal(port["containerPort"]!.ToString(), Value(Env(rendered), "ASPNETCORE_HTTP_PORTS"));
    }

    [Fact]
    public async Task Resources_AreSetWithAMemoryLimit()
    {
        var resources = Container(await Renders.GetAsync("default"))["resources"]!;

        Assert.Equal("100m", resources["requests"]!["cpu"]!.GetValue<string>());
        Assert.Equal("128Mi", resources["requests"]!["memory"]!.GetValue<string>());
        Assert.Equal("512Mi", resources["limits"]!["memory"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("default", "RollingUpdate")]
    [InlineData("mock-gateway.yaml", "Recreate")]
    public async Task Strategy_WithoutLeaderElection_NeverRunsTwoOperators(string valuesName, string strategy)
    {
        var deployment = (await Renders.GetAsync(valuesName)).Single("Deployment", "-operator");

        Assert.Equal(strategy, deployment["spec"]!["strategy"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task PodDisruptionBudget_Enabled_ProtectsTheOperatorPods()
    {
        var rendered = await Renders.GetAsync("all-features.yaml");
        var pdb = rendered.Single("PodDisruptionBudget", "-operator");

        Assert.Equal(1, pdb["spec"]!["minAvailable"]!.GetValue<long>());
        Assert.Null(pdb["spec"]!["maxUnavailable"]);
        Assert.Equal("2", rendered.Single("Deployment", "-operator")["spec"]!["replicas"]!.ToString());
        Assert.DoesNotContain((await Renders.GetAsync("default")).OfKind("PodDisruptionBudget"), p => Rendered.Name(p).EndsWith("-operator", StringComparison.Ordinal));
    }

    private static JsonObject Container(Rendered rendered) =>
        Rendered.PodSpec(rendered.Single("Deployment", "-operator"))!["containers"]![0]!.AsObject();

    private static List<JsonObject> Env(Rendered rendered) =>
        Container(rendered)["env"]!.AsArray().Select(e => e!.AsObject()).ToList();

    private static string Value(List<JsonObject> env, string name) =>
        Assert.Single(env, e => e["name"]!.GetValue<string>() == name)["value"]!.GetValue<string>();

    [GeneratedRegex("password=", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordOption();
}
