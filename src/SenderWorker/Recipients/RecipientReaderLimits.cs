namespace WhatsAppCampaigns.SenderWorker.Recipients;

/// <summary>
/// Caps that keep memory flat on hostile or broken files (a 100 MB line, a stray quote): a row or
/// cell over a cap becomes an invalid row with a reason, and reading resumes at the next line.
/// </summary>
public sealed record RecipientReaderLimits
{
    /// <summary>The defaults: 16 Ki chars per cell, 1 Mi chars per row, 1,024 columns, 100 MiB per download.</summary>
    public static RecipientReaderLimits Default { get; } = new();

    /// <summary>Longest cell, in characters (WhatsApp's longest text is 4,096).</summary>
    public int MaxFieldLength { get; init; } = 16 * 1024;

    /// <summary>Longest row, in characters, embedded newlines included.</summary>
    public int MaxRecordLength { get; init; } = 1024 * 1024;

    /// <summary>Most columns in a row.</summary>
    public int MaxFields { get; init; } = 1024;

    /// <summary>Largest file downloaded from a URL or copied to disk for an XLSX, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;
}
