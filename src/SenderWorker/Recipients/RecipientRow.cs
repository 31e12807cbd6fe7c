namespace WhatsAppCampaigns.SenderWorker.Recipients;

/// <summary>
/// One data row as read, before any judgement. Cells align with the header; a row may be shorter
/// (the missing cells read as empty).
/// </summary>
/// <param name="RowNumber">
/// Where people find the row: row N as a spreadsheet shows the file. The header is row 1, so the
/// first data row is row 2; blank rows count; a CSV record whose quoted cell spans lines is one
/// row; TXT without a header: line N; XLSX: the sheet's row number (see src/SenderWorker/README.md).
/// </param>
/// <param name="Cells">The row's cells, untrimmed.</param>
/// <param name="Problem">Set when the reader could not read the row as written; the row is then invalid.</param>
public sealed record RecipientRow(long RowNumber, IReadOnlyList<string> Cells, RowProblem? Problem = null)
{
    /// <summary>The cell at <paramref name="index"/>, trimmed; empty when the row is shorter.</summary>
    public string Cell(int index) => index < Cells.Count ? Cells[index].Trim() : "";
}
