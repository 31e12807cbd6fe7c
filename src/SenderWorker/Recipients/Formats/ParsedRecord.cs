namespace WhatsAppCampaigns.SenderWorker.Recipients.Formats;

/// <summary>One record from <see cref="DelimitedRecordParser"/>.</summary>
/// <param name="LineNumber">The line the record starts on (1-based).</param>
/// <param name="Fields">The fields; empty when <paramref name="Problem"/> made the parser drop them.</param>
/// <param name="Problem">Why the record could not be read as written.</param>
public sealed record ParsedRecord(long LineNumber, string[] Fields, RowProblem? Problem);
