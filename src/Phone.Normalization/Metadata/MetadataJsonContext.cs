using System.Text.Json.Serialization;

namespace Phone.Normalization.Metadata;

/// <summary>Source-generated reader for the metadata resource (no reflection, fast first load).</summary>
[JsonSerializable(typeof(MetadataFileJson))]
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
internal sealed partial class MetadataJsonContext : JsonSerializerContext;
