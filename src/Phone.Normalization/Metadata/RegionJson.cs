using System.Text.Json.Serialization;

namespace Phone.Normalization.Metadata;

// Shape of Metadata/PhoneMetadata.json as written by scripts/phone-metadata/convert.mjs. Short
// property names keep the embedded resource small; absent members mean "not set".

internal sealed class RegionJson
{
    [JsonPropertyName("c")] public int CountryCode { get; set; }
    [JsonPropertyName("idd")] public string? InternationalPrefix { get; set; }
    [JsonPropertyName("pidd")] public string? PreferredInternationalPrefix { get; set; }
    [JsonPropertyName("n")] public string NationalNumberPattern { get; set; } = "";
    [JsonPropertyName("l")] public int[] PossibleLengths { get; set; } = [];
    [JsonPropertyName("lo")] public int[]? LocalOnlyLengths { get; set; }
    [JsonPropertyName("f")] public FormatJson[]? Formats { get; set; }
    [JsonPropertyName("np")] public string? NationalPrefix { get; set; }
    [JsonPropertyName("npr")] public string? NationalPrefixFormattingRule { get; set; }
    [JsonPropertyName("npp")] public string? NationalPrefixForParsing { get; set; }
    [JsonPropertyName("npt")] public string? NationalPrefixTransformRule { get; set; }
    [JsonPropertyName("npo")] public bool NationalPrefixOptionalWhenFormatting { get; set; }
    [JsonPropertyName("ld")] public string? LeadingDigits { get; set; }
    [JsonPropertyName("t")] public Dictionary<string, TypeJson>? Types { get; set; }
    [JsonPropertyName("x")] public string? PreferredExtensionPrefix { get; set; }
}
