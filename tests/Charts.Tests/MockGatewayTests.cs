using Charts.Tests.Support;

namespace Charts.Tests;

public sealed class MockGatewayTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("watch-namespace.yaml")]
    public async Task Disabled_RendersNoGatewayObjects(string valuesName)
    {
        var rendered = await Renders.GetAsync(valuesName);

        Assert.DoesNotContain(rendered.Objects, o => Rendered.Name(o).Contains("mock-gateway", StringComparison.Ordinal));
        Assert.DoesNotContain(rendered.OfKind("Service"), s => Rendered.Map(s["spec"]!["selector"]).ContainsValue("mock-gateway"));
    }

    [Theory]
    [InlineData("mock-gateway.yaml", "ClusterIP", "ghcr.io/whatsapp-campaigns/mock-gateway:0.1.0")]
    [InlineData("all-features.yaml", "NodePort", "ghcr.io/whatsapp-campaigns/mock-gateway:0.1.0-rc1")]
    public async Task Enabled_ServesTheGatewayOnItsHealthCheckedPort(string valuesName, string serviceType, string image)
    {
        var rendered = await Renders.GetAsync(valuesName);
        var deployment = rendered.Single("Deployment", "-mock-gateway");
        var service = rendered.Single("Service", "-mock-gateway");
        var pod = Rendered.PodSpec(deployment)!;
        var container = pod["containers"]![0]!;

        Assert.Equal(1, deployment["spec"]!["replicas"]!.GetValue<long>());   // state lives in memory
        Assert.False(pod["automountServiceAccountToken"]!.GetValue<bool>());
        Assert.Equal(image, container["image"]!.GetValue<string>());
        Assert.Equal("/health", container["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Contains("MapGet(\"/health\"", File.ReadAllText(RepoPaths.Of("src/MockGateway/Hosting/EndpointRouteBuilderExtensions.cs")),
            StringComparison.Ordinal);
        Assert.Equal(serviceType, service["spec"]!["type"]!.GetValue<string>());
        var port = Assert.Single(service["spec"]!["ports"]!.AsArray())!;
        Assert.Equal("http", port["targetPort"]!.GetValue<string>());
        Assert.Equal(8080, port["port"]!.GetValue<long>());
        Assert.Equal(8080, container["ports"]![0]!["containerPort"]!.GetValue<long>());
    }
}
