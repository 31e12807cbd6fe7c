namespace WhatsAppCampaigns.SenderWorker.Recipients;

/// <summary>Why the reader could not give a row's cells as written.</summary>
/// <param name="Code">A stable code (<see cref="RowProblemCodes"/>), safe as a metric label.</param>
/// <param name="Message">Plain words for people.</param>
public sealed record RowProblem(string Code, string Message);
