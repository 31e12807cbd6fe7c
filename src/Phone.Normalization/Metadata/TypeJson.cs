using System.Text.Json.Serialization;

namespace Phone.Normalization.Metadata;

// Shape of Metadata/PhoneMetadata.json as written by scripts/phone-metadata/convert.mjs. Short
// property names keep the embedded resource small; absent members mean "not set".

internal sealed class TypeJson
{
    [JsonPropertyName("p")] public string? Pattern { get; set; }
    [JsonPropertyName("same")] public bool SameAsFixedLine { get; set; }
    [JsonPropertyName("l")] public int[]? PossibleLengths { get; set; }
    [JsonPropertyName("lo")] public int[]? LocalOnlyLengths { get; set; }
    [JsonPropertyName("e")] public string? ExampleNumber { get; set; }
}
