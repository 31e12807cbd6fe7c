namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>Explicit column choices, by header text (matched like variable names).</summary>
public sealed record ColumnMapping
{
    /// <summary>The column holding phone numbers; absent means detect from the header.</summary>
    public string? Phone { get; init; }

    /// <summary>
    /// A column identifying the recipient; when set, duplicates are rows with the same value here
    /// instead of the same E.164 number.
    /// </summary>
    public string? RecipientId { get; init; }
}
