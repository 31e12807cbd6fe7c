using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Tests.Support;

namespace WhatsAppCampaigns.MockGateway.Tests.Hosting;

/// <summary>Scenarios from a file, from the admin endpoint at run time, and bad input named clearly.</summary>
public sealed class ScenarioAdministrationTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task PutScenario_NotOnWhatsApp_AppliesToTheNextSend()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);

        using var put = await client.PutAsync("admin/scenario", new StringContent(
            """{"seed":9,"notOnWhatsApp":["+4915100000001"]}""", Encoding.UTF8, "application/json"), Ct);
        await Sends.PostAsync(client, Sends.Offer("+4915100000001"));
        using var current = JsonDocument.Parse(await client.GetStringAsync("admin/scenario", Ct));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(9, current.RootElement.GetProperty("seed").GetInt64());
        Assert.Equal(131026, Assert.Single(host.Messages).ErrorCode);
    }

    [Fact]
    public async Task PutScenario_ProbabilityAboveOne_Returns400NamingTheField()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);

        using var put = await client.PutAsync("admin/scenario", new StringContent(
            """{"outcomes":{"failureProbability":1.5}}""", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains("outcomes.failureProbability", await put.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task StartAsync_ScenarioFileInYaml_IsLoaded()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, """
            seed: 77
            outcomes:
              failureProbability: 1.0
              failureCodes: [131049]
            replies:
              probability: 0.5
              texts: ["ok"]
            chaos:
              latencySpike: { minMs: 10, maxMs: 20, shape: Exponential }
            """, Ct);
        try
        {
            await using var host = await MockGatewayHost.StartAsync(Gateways.Options(configure: o => o.ScenarioFile = path), Ct);
            using var client = Gateways.Client(host);

            await Sends.PostAsync(client, Sends.Offer("+4915100000001"));
            using var current = JsonDocument.Parse(await client.GetStringAsync("admin/scenario", Ct));

            Assert.Equal(77, current.RootElement.GetProperty("seed").GetInt64());
            Assert.Equal(131049, Assert.Single(host.Messages).ErrorCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task StartAsync_ThroughputAbove1000_FailsNamingTheField()
    {
        var options = Gateways.Options(configure: o => o.PhoneNumbers[0].ThroughputPerSecond = 5000);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => MockGatewayHost.StartAsync(options, Ct));

        Assert.Contains("PhoneNumbers[0].ThroughputPerSecond", error.Message);
    }

    [Theory]
    [InlineData("realistic.yaml", 2026)]
    [InlineData("chaos.json", 13)]
    public void Load_ShippedExample_IsAValidScenario(string file, long seed)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "examples", file);

        var scenario = ScenarioFileLoader.Load(path);

        Assert.Equal(seed, scenario.Seed);
    }

    [Fact]
    public void Load_YamlWithUnknownKey_ThrowsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "seed: 1\nnotAField: 2\n");
        try
        {
            var error = Assert.Throws<WhatsAppCampaigns.MockGateway.Scenarios.ScenarioException>(() => ScenarioFileLoader.Load(path));

            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
