using WhatsAppCampaigns.SenderWorker.Personalization;
using WhatsAppCampaigns.SenderWorker.Recipients.Columns;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Planning;

/// <summary>
/// Gives every row exactly one outcome, in file order: <see cref="RowClassifier"/>, then duplicate
/// detection among the valid rows. Only valid rows are remembered, so a person whose first row
/// lacked a variable still gets the message from a later complete row.
/// </summary>
/// <remarks>
/// Memory: one 8-byte key plus the first row number per distinct valid recipient (about 30 bytes
/// with the dictionary's overhead: ~30 MB per million). Everything else is per row and released.
/// </remarks>
public sealed class RecipientPlanner(RecipientColumns columns, IPhoneNormalizer normalizer, string defaultRegion,
    MessagePersonalizer personalizer)
{
    /// <summary>Reason code for <see cref="RecipientOutcome.Duplicate"/>.</summary>
    public const string DuplicateReason = "DUPLICATE";

    private readonly Dictionary<ulong, long> _firstRowByKey = [];

    /// <summary>The row's outcome.</summary>
    public PlannedRecipient Plan(RecipientRow row)
    {
        var planned = RowClassifier.Classify(row, columns, normalizer, defaultRegion, personalizer);
        if (planned.Outcome != RecipientOutcome.Valid) return planned;
        var byId = planned.RecipientId is not null;
        var key = byId ? RecipientKey.FromRecipientId(planned.RecipientId!) : RecipientKey.FromE164(planned.E164!);
        if (_firstRowByKey.TryAdd(key, row.RowNumber)) return planned;
        var first = _firstRowByKey[key];
        return planned with
        {
            Outcome = RecipientOutcome.Duplicate,
            Reason = DuplicateReason,
            Detail = byId ? $"same recipient id as row {first}" : $"same phone number as row {first}",
            Message = null,
        };
    }
}
