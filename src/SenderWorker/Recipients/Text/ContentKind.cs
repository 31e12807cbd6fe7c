namespace WhatsAppCampaigns.SenderWorker.Recipients.Text;

/// <summary>What the first bytes of a recipients file say it is.</summary>
public enum ContentKind
{
    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary>Text in <see cref="SniffResult.Encoding"/>.</summary>
    Text,

    /// <summary>A ZIP container: an XLSX workbook, or some other archive.</summary>
    Zip,

    /// <summary>An OLE2 compound file: a legacy .xls workbook.</summary>
    LegacyExcel,

    /// <summary>Anything else that is not text (NUL bytes, control characters, a known binary signature).</summary>
    Binary,
}
