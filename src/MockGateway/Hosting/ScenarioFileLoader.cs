using System.Text.Json;
using WhatsAppCampaigns.MockGateway.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace WhatsAppCampaigns.MockGateway.Hosting;

/// <summary>Reads a <see cref="Scenario"/> from a JSON or YAML file (camelCase keys, as <c>GET /admin/scenario</c> shows them).</summary>
internal static class ScenarioFileLoader
{
    /// <exception cref="ScenarioException">The file is missing, unreadable or not a valid scenario; the message names the file.</exception>
    public static Scenario Load(string path)
    {
        if (!File.Exists(path)) throw new ScenarioException($"scenario file '{path}' does not exist");
        var text = File.ReadAllText(path);
        try
        {
            var scenario = Path.GetExtension(path).ToUpperInvariant() switch
            {
                ".JSON" => JsonSerializer.Deserialize(text, MockGatewayJsonContext.Relaxed.Scenario),
                ".YAML" or ".YML" => ParseYaml(text),
                var other => throw new ScenarioException($"scenario file '{path}': extension '{other}' is not .json, .yaml or .yml"),
            };
            if (scenario is null) throw new ScenarioException($"scenario file '{path}' is empty");
            CompiledScenario.Compile(scenario);
            return scenario;
        }
        catch (Exception ex) when (ex is JsonException or YamlException or ScenarioException)
        {
            throw new ScenarioException($"scenario file '{path}': {ex.Message}", ex);
        }
    }

    public static Scenario? ParseYaml(string yaml) => new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build()
        .Deserialize<Scenario?>(yaml);
}
