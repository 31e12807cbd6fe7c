using WhatsAppCampaigns.CampaignState.Personalization;
using WhatsAppCampaigns.CampaignState.Recipients.Columns;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Planning;

/// <summary>
/// Gives every row its planned outcome, in file order (<see cref="RowClassifier"/>). Duplicates
/// among the valid rows are not detected here: the claim script answers them from the run's
/// first-rows hash in Redis (<c>Dedupe/DedupeScripts.Claim</c>), so the sender keeps no state per
/// recipient and its memory stays flat whatever the list size; <see cref="AsDuplicateOf"/> turns
/// such an answer into the row's outcome. Only valid rows reach the claim, so a person whose first
/// row lacked a variable still gets the message from a later complete row.
/// </summary>
public sealed class RecipientPlanner(RecipientColumns columns, IPhoneNormalizer normalizer, string defaultRegion,
    MessagePersonalizer personalizer)
{
    /// <summary>Reason code for <see cref="RecipientOutcome.Duplicate"/>.</summary>
    public const string DuplicateReason = "DUPLICATE";

    /// <summary>The row's outcome; a valid row may still turn out a duplicate when claimed.</summary>
    public PlannedRecipient Plan(RecipientRow row) => RowClassifier.Classify(row, columns, normalizer, defaultRegion, personalizer);

    /// <summary>
    /// A valid row that repeats the recipient of an earlier row of the run: by recipient id when
    /// one is mapped, else by E.164 number. Pure.
    /// </summary>
    /// <param name="planned">The valid row.</param>
    /// <param name="firstRow">The run's first row naming the same recipient.</param>
    public static PlannedRecipient AsDuplicateOf(PlannedRecipient planned, long firstRow)
    {
        ArgumentNullException.ThrowIfNull(planned);
        return planned with
        {
            Outcome = RecipientOutcome.Duplicate,
            Reason = DuplicateReason,
            Detail = planned.RecipientId is not null
                ? $"same recipient id as row {firstRow}"
                : $"same phone number as row {firstRow}",
            Message = null,
        };
    }
}
