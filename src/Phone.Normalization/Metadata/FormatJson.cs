using System.Text.Json.Serialization;

namespace Phone.Normalization.Metadata;

// Shape of Metadata/PhoneMetadata.json as written by scripts/phone-metadata/convert.mjs. Short
// property names keep the embedded resource small; absent members mean "not set".

internal sealed class FormatJson
{
    [JsonPropertyName("p")] public string Pattern { get; set; } = "";
    [JsonPropertyName("f")] public string Format { get; set; } = "";
    [JsonPropertyName("ld")] public string[]? LeadingDigitsPatterns { get; set; }
    [JsonPropertyName("npr")] public string? NationalPrefixFormattingRule { get; set; }
    [JsonPropertyName("npo")] public bool NationalPrefixOptionalWhenFormatting { get; set; }
    [JsonPropertyName("i")] public string? InternationalFormat { get; set; }
}
