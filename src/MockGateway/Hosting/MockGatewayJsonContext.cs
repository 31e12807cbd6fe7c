using System.Text.Json;
using System.Text.Json.Serialization;
using WhatsAppCampaigns.MockGateway.Endpoints;
using WhatsAppCampaigns.MockGateway.Inspection;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Hosting;

/// <summary>Source-generated JSON for the admin and inspection APIs (camelCase, enums as strings).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, WriteIndented = false)]
[JsonSerializable(typeof(Scenario))]
[JsonSerializable(typeof(IReadOnlyList<AcceptedMessage>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, int>))]
[JsonSerializable(typeof(CountersSnapshot))]
[JsonSerializable(typeof(AcceptedRecipient))]
[JsonSerializable(typeof(InboundRequest))]
[JsonSerializable(typeof(InboundResponse))]
[JsonSerializable(typeof(AdminError))]
[JsonSerializable(typeof(HealthResponse))]
internal sealed partial class MockGatewayJsonContext : JsonSerializerContext
{
    /// <summary>The context with minimal escaping, so numbers read <c>+49…</c> rather than <c>\u002B49…</c>.</summary>
    public static MockGatewayJsonContext Relaxed { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    });
}
