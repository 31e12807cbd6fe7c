namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>
/// Where recipients come from: exactly one of <see cref="Inline"/>, <see cref="ConfigMap"/>,
/// <see cref="Secret"/> or <see cref="Url"/> (a Kubernetes-style one-of), plus how to read it.
/// </summary>
public sealed record RecipientsSource
{
    /// <summary>
    /// Lines of recipient data given in the campaign itself, read as a file in
    /// <see cref="Format"/> (TXT when <see cref="RecipientFileFormat.Auto"/>: one number per line).
    /// </summary>
    public IReadOnlyList<string>? Inline { get; init; }

    /// <summary>A ConfigMap key (in the campaign's namespace) holding the file.</summary>
    public KeyReference? ConfigMap { get; init; }

    /// <summary>A Secret key (in the campaign's namespace) holding the file.</summary>
    public KeyReference? Secret { get; init; }

    /// <summary>An http or https URL the file is downloaded from, streamed.</summary>
    public string? Url { get; init; }

    /// <summary>File format; <see cref="RecipientFileFormat.Auto"/> detects it from the name and content.</summary>
    public RecipientFileFormat Format { get; init; } = RecipientFileFormat.Auto;

    /// <summary>ISO 3166 region (e.g. "IL") for numbers written without a country code.</summary>
    public string? DefaultRegion { get; init; }

    /// <summary>Explicit column choices; when absent the phone column is detected from the header.</summary>
    public ColumnMapping? Columns { get; init; }

    /// <summary>
    /// Text encoding name (e.g. "windows-1255"); absent means detect: BOM, then UTF-8 with bytes
    /// that are not valid UTF-8 read as Windows-1252.
    /// </summary>
    public string? Encoding { get; init; }
}
