using System.Text.Json.Serialization;

namespace Phone.Normalization.Metadata;

// Shape of Metadata/PhoneMetadata.json as written by scripts/phone-metadata/convert.mjs. Short
// property names keep the embedded resource small; absent members mean "not set".

internal sealed class MetadataFileJson
{
    [JsonPropertyName("sources")] public Dictionary<string, string> Sources { get; set; } = [];
    [JsonPropertyName("callingCodes")] public Dictionary<string, string[]> CallingCodes { get; set; } = [];
    [JsonPropertyName("regions")] public Dictionary<string, RegionJson> Regions { get; set; } = [];
    [JsonPropertyName("nonGeographic")] public Dictionary<string, RegionJson> NonGeographic { get; set; } = [];
}
