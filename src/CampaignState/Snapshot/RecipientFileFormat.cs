using System.Text.Json.Serialization;

namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>Format of a recipients file.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecipientFileFormat>))]
public enum RecipientFileFormat
{
    /// <summary>Detect from the file name and its first bytes.</summary>
    [JsonStringEnumMemberName("auto")] Auto,

    /// <summary>Delimited text; the delimiter (, ; tab |) is detected from the first lines.</summary>
    [JsonStringEnumMemberName("csv")] Csv,

    /// <summary>Tab-separated text.</summary>
    [JsonStringEnumMemberName("tsv")] Tsv,

    /// <summary>One phone number per line, no header.</summary>
    [JsonStringEnumMemberName("txt")] Txt,

    /// <summary>Excel workbook; the first sheet is read.</summary>
    [JsonStringEnumMemberName("xlsx")] Xlsx,
}
