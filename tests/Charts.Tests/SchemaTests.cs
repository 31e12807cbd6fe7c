using Charts.Tests.Support;

namespace Charts.Tests;

/// <summary>values.schema.json (and the chart's cross-field checks) refuse bad values, naming the field.</summary>
public sealed class SchemaTests
{
    private const string SchemaFailure = "values don't meet the specifications of the schema(s) in the following chart(s):";

    [Theory]
    [InlineData("replicas=-1", "- replicas: Must be greater than or equal to 0")]
    [InlineData("replicas=two", "- replicas: Invalid type. Expected: integer, given: string")]
    [InlineData("image.repository=", "- image.repository: String length must be greater than or equal to 1")]
    [InlineData("replicaCount=2", "- (root): Additional property replicaCount is not allowed")]
    [InlineData("senderJob.imag.tag=1", "- senderJob: Additional property imag is not allowed")]
    [InlineData("leaderElection=yes", "- leaderElection: Invalid type. Expected: object, given: string")]
    [InlineData("watchNamespaces={a,b}", "- watchNamespaces: Array must have at most 1 items")]
    [InlineData("watchNamespaces={Bad_Name}", "- watchNamespaces.0: Does not match pattern")]
    [InlineData("operator.logLevel=Verbose", "- operator.logLevel: operator.logLevel must be one of the following:")]
    [InlineData("redis.address=", "- redis.address: String length must be greater than or equal to 1")]
    [InlineData("redis.auth.existingSecret=", "- redis.auth.existingSecret: String length must be greater than or equal to 1")]
    [InlineData("senderJob.activeDeadlineSeconds=10", "- senderJob.activeDeadlineSeconds: Must be greater than or equal to 60")]
    [InlineData("senderJob.backoffLimit=101", "- senderJob.backoffLimit: Must be less than or equal to 100")]
    [InlineData("image.digest=latest", "- image.digest: Does not match pattern")]
    [InlineData("mockGateway.service.type=LoadBalancer", "- mockGateway.service.type: mockGateway.service.type must be one of the following:")]
    [InlineData("webhookReceiver.existingSecret=", "- webhookReceiver.existingSecret: String length must be greater than or equal to 1")]
    [InlineData("webhookReceiver.existingSecretAppSecretKey=", "- webhookReceiver.existingSecretAppSecretKey: String length must be greater than or equal to 1")]
    [InlineData("webhookReceiver.existingSecretVerifyTokenKey=a/b", "- webhookReceiver.existingSecretVerifyTokenKey: Does not match pattern")]
    [InlineData("webhookReceiver.replicas=-1", "- webhookReceiver.replicas: Must be greater than or equal to 0")]
    [InlineData("webhookReceiver.path=webhooks", "- webhookReceiver.path: Does not match pattern")]
    [InlineData("webhookReceiver.sessions.abc=main", "- webhookReceiver.sessions: Property name of \"abc\" does not match")]
    [InlineData("webhookReceiver.sessions.106540352242922=Main_Shop", "- webhookReceiver.sessions.106540352242922: Does not match pattern")]
    [InlineData("webhookReceiver.maxBodyBytes=100", "- webhookReceiver.maxBodyBytes: Must be greater than or equal to 1024")]
    [InlineData("webhookReceiver.service.type=ExternalName", "- webhookReceiver.service.type: webhookReceiver.service.type must be one of the following:")]
    [InlineData("webhookReceiver.ingress.enabled=true", "- webhookReceiver.ingress.host: String length must be greater than or equal to 1")]
    [InlineData("webhookReceiver.ingress.enabled=true,webhookReceiver.ingress.host=hooks.example.com,webhookReceiver.ingress.tls.enabled=true",
        "- webhookReceiver.ingress.tls.secretName: String length must be greater than or equal to 1")]
    [InlineData("webhookReceiver.ingress.host=Hooks_Example", "- webhookReceiver.ingress.host: Does not match pattern")]
    [InlineData("webhookReceiver.ingress.pathType=Regex", "- webhookReceiver.ingress.pathType: webhookReceiver.ingress.pathType must be one of the following:")]
    [InlineData("webhookReceiver.probes.readiness.periodSeconds=0", "- webhookReceiver.probes.readiness.periodSeconds: Must be greater than or equal to 1")]
    [InlineData("webhookReceiver.secret=x", "- webhookReceiver: Additional property secret is not allowed")]
    [InlineData("metrics.serviceMonitor.interval=thirty", "- metrics.serviceMonitor.interval: Does not match pattern")]
    [InlineData("metrics.serviceMonitor.enabled=yes", "- metrics.serviceMonitor.enabled: Invalid type. Expected: boolean, given: string")]
    [InlineData("metrics.service.port=0", "- metrics.service.port: Must be greater than or equal to 1")]
    [InlineData("metrics.podAnnotation=true", "- metrics: Additional property podAnnotation is not allowed")]
    public async Task Template_BadValue_FailsNamingTheField(string set, string expected)
    {
        var result = await Helm.TemplateAsync([], "--set", set);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(SchemaFailure, result.StandardError, StringComparison.Ordinal);
        Assert.Contains(expected, result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }

    [Theory]
    [InlineData("replicas=2,leaderElection.enabled=false", "replicas: more than 1 replica needs leaderElection.enabled=true")]
    [InlineData("leaderElection.renewDeadlineSeconds=15", "leaderElection: needs leaseDurationSeconds > renewDeadlineSeconds > 1.2 x retryPeriodSeconds")]
    [InlineData("podDisruptionBudget.enabled=true,podDisruptionBudget.minAvailable=1,podDisruptionBudget.maxUnavailable=1", "podDisruptionBudget: set minAvailable or maxUnavailable, not both")]
    [InlineData("serviceAccount.create=false", "serviceAccount.name is required when serviceAccount.create is false")]
    [InlineData("webhookReceiver.podDisruptionBudget.minAvailable=1,webhookReceiver.podDisruptionBudget.maxUnavailable=1", "webhookReceiver.podDisruptionBudget: set minAvailable or maxUnavailable, not both")]
    [InlineData("metrics.serviceMonitor.enabled=true,metrics.service.enabled=false", "metrics.serviceMonitor.enabled: needs metrics.service.enabled=true")]
    public async Task Template_InconsistentValues_FailsNamingTheField(string set, string expected)
    {
        var result = await Helm.TemplateAsync([], "--set", set);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_ReceiverDisabled_NeedsNoSecretName()
    {
        var result = await Helm.TemplateAsync([], "--set", "webhookReceiver.enabled=false,webhookReceiver.existingSecret=");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("webhook-receiver", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_BadValue_FailsToo()
    {
        var result = await Helm.RunAsync("lint", "--strict", RepoPaths.Chart, "--set", "replicas=-1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("replicas: Must be greater than or equal to 0", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_DescribesEveryDefaultValue_AndTheReadmeListsIt()
    {
        var values = YamlDocuments.LoadAll(File.ReadAllText(Path.Combine(RepoPaths.Chart, "values.yaml")))[0];
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Chart, "values.schema.json")))!.AsObject();
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Chart, "README.md"));
        var leaves = new List<string>();

        Walk(values, schema, "");

        Assert.True(leaves.Count > 40, $"only {leaves.Count} values found");
        void Walk(System.Text.Json.Nodes.JsonObject node, System.Text.Json.Nodes.JsonObject nodeSchema, string prefix)
        {
            foreach (var (key, value) in node)
            {
                var path = prefix + key;
                var property = nodeSchema["properties"]?[key] as System.Text.Json.Nodes.JsonObject;
                Assert.True(property is not null, $"values.schema.json does not describe {path}");
                if (value is System.Text.Json.Nodes.JsonObject child && property!["properties"] is not null)
                {
                    Walk(child, property, path + ".");
                    continue;
                }
                leaves.Add(path);
                Assert.True(property!["description"] is not null || property["oneOf"] is not null, $"values.schema.json has no description of {path}");
                Assert.True(readme.Contains($"| `{path}` |", StringComparison.Ordinal), $"charts/whatsapp-campaigns/README.md has no row for {path}");
            }
        }
    }
}
