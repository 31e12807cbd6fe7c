using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Planning;

/// <summary>The outcome of one row.</summary>
/// <param name="RowNumber">The row, as <see cref="RecipientRow.RowNumber"/>.</param>
/// <param name="Outcome">Where the row ends up.</param>
/// <param name="E164">The normalized number, when it got that far.</param>
/// <param name="RecipientId">The mapped recipient id cell, when mapped.</param>
/// <param name="Reason">A stable code, for counts and labels; null for <see cref="RecipientOutcome.Valid"/>.</param>
/// <param name="Detail">Plain words (never the whole phone number).</param>
/// <param name="Message">The personalized message, for valid rows.</param>
/// <param name="MissingVariables">For <see cref="RecipientOutcome.MissingVariable"/>: the variables as written in the message.</param>
public sealed record PlannedRecipient(long RowNumber, RecipientOutcome Outcome, string? E164, string? RecipientId,
    string? Reason, string? Detail, CampaignMessage? Message, IReadOnlyList<string>? MissingVariables = null);
