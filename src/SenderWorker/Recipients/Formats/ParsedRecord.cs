namespace WhatsAppCampaigns.SenderWorker.Recipients.Formats;

/// <summary>One record from <see cref="DelimitedRecordParser"/>.</summary>
/// <param name="RowNumber">
/// The record's row as a spreadsheet shows the file: records counted from 1, the header (if any)
/// included, blank ones too, a quoted cell spanning lines still one row. For one record per line
/// (TXT, or CSV without multi-line cells) it equals the line number.
/// </param>
/// <param name="LineNumber">The text line the record starts on (1-based), for hints about multi-line records.</param>
/// <param name="Fields">The fields; empty when <paramref name="Problem"/> made the parser drop them.</param>
/// <param name="Problem">Why the record could not be read as written.</param>
public sealed record ParsedRecord(long RowNumber, long LineNumber, string[] Fields, RowProblem? Problem);
