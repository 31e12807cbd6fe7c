using System.Text.Json;
using System.Text.Json.Serialization;

namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>
/// Reads and writes <see cref="CampaignRunSnapshot"/> JSON. Writing is canonical (declaration
/// order, nulls omitted), so write → read → write gives the same bytes; reading rejects unknown
/// properties, so a field the operator added that this sender does not know is an error, not a
/// silently ignored setting.
/// </summary>
public static class CampaignRunSnapshotJson
{
    /// <summary>Serializes a snapshot to canonical, indented JSON.</summary>
    public static string Serialize(CampaignRunSnapshot snapshot) =>
        JsonSerializer.Serialize(snapshot, CampaignRunSnapshotJsonContext.Default.CampaignRunSnapshot);

    /// <summary>Parses snapshot JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="origin">Where the text came from, for error messages (a path or variable name).</param>
    /// <exception cref="CampaignSnapshotException">The text is not a valid snapshot; the message names the JSON path.</exception>
    public static CampaignRunSnapshot Deserialize(string json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, CampaignRunSnapshotJsonContext.Default.CampaignRunSnapshot)
                ?? throw new CampaignSnapshotException($"{origin}: the snapshot is JSON null");
        }
        catch (JsonException ex)
        {
            throw new CampaignSnapshotException($"{origin}: not a valid campaign run snapshot at {ex.Path ?? "$"}: {ex.Message}", ex);
        }
    }
}

/// <summary>Source-generated serializer metadata for the snapshot (trim and AOT friendly).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true)]
[JsonSerializable(typeof(CampaignRunSnapshot))]
internal sealed partial class CampaignRunSnapshotJsonContext : JsonSerializerContext;
