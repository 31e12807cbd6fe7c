using System.Text.Json.Serialization;

namespace Phone.Normalization.Tests.Oracles;

/// <summary>One line answered by an oracle process (oracle.mjs / oracle.py).</summary>
internal sealed record OracleAnswer
{
    [JsonPropertyName("id")] public int Id { get; init; }
    [JsonPropertyName("error")] public string? Error { get; init; }
    [JsonPropertyName("e164")] public string? E164 { get; init; }
    [JsonPropertyName("valid")] public bool Valid { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("region")] public string? Region { get; init; }
    [JsonPropertyName("possible")] public string? Possible { get; init; }
    [JsonPropertyName("intl")] public string? International { get; init; }
    [JsonPropertyName("national")] public string? National { get; init; }
    [JsonPropertyName("ext")] public string? Extension { get; init; }

    /// <summary>E.164 or "error:NAME": what parsing produced.</summary>
    public string Outcome => Error is null ? E164! : "error:" + Error;
}
