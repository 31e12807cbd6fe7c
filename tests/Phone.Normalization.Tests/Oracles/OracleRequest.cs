using System.Text.Json.Serialization;

namespace Phone.Normalization.Tests.Oracles;

/// <summary>One line sent to an oracle process.</summary>
internal sealed record OracleRequest(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("input")] string Input,
    [property: JsonPropertyName("region")] string? Region);
