using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.CampaignState.Personalization;
using WhatsAppCampaigns.CampaignState.Recipients.Columns;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Planning;

/// <summary>
/// Judges one row on its own (duplicates are answered when the row is claimed: <see cref="RecipientPlanner"/>);
/// pure given a pure normalizer. Checks in order: the reader's problem, the phone cell, the mapped
/// recipient id, the variables; the first failure is the row's reason.
/// </summary>
public static class RowClassifier
{
    /// <summary>Reason code for <see cref="RecipientOutcome.MissingVariable"/>.</summary>
    public const string MissingVariableReason = "MISSING_VARIABLE";

    /// <summary>Reason code when this row's values make the message longer than WhatsApp accepts.</summary>
    public const string MessageTooLongReason = "MESSAGE_TOO_LONG";

    /// <summary>Reason code when the normalizer's output is not "+" and 2 to 15 digits.</summary>
    public const string NotE164Reason = "NOT_E164";

    /// <summary>Classifies <paramref name="row"/> as valid, invalid or missing a variable.</summary>
    public static PlannedRecipient Classify(RecipientRow row, RecipientColumns columns, IPhoneNormalizer normalizer,
        string defaultRegion, MessagePersonalizer personalizer)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(personalizer);
        if (row.Problem is { } problem)
            return Invalid(row, null, null, problem.Code, problem.Message);
        var recipientId = columns.RecipientIdIndex is { } idColumn ? row.Cell(idColumn) : null;
        var raw = row.Cell(columns.PhoneIndex);
        if (raw.Length == 0)
            return Invalid(row, null, recipientId, RowProblemCodes.Empty, $"the phone cell ('{columns.PhoneHeader}') is empty");
        var phone = normalizer.Normalize(raw, defaultRegion);
        if (phone.E164 is not { } e164)
        {
            return Invalid(row, null, recipientId, phone.Reason ?? "INVALID",
                $"'{columns.PhoneHeader}' {Masked(raw)}: {phone.Message ?? phone.Reason ?? "not a valid phone number"}");
        }
        if (!IsE164(e164))
        {
            // A normalizer bug must cost one row, not the run.
            return Invalid(row, null, recipientId, NotE164Reason, $"'{columns.PhoneHeader}' {Masked(raw)}: the normalizer returned {Masked(e164)}, which is not E.164");
        }
        if (recipientId is { Length: 0 })
        {
            return Invalid(row, e164, recipientId, RowProblemCodes.EmptyRecipientId,
                $"the recipient id cell ('{columns.Headers[columns.RecipientIdIndex!.Value]}') is empty");
        }
        var personalized = personalizer.Personalize(row.Cells);
        if (personalized.TooLong is { } tooLong)
            return Invalid(row, e164, recipientId, MessageTooLongReason, tooLong);
        if (personalized.Message is not { } message)
        {
            var names = string.Join(", ", personalized.MissingVariables.Select(v => $"{{{{{v}}}}}"));
            return new PlannedRecipient(row.RowNumber, RecipientOutcome.MissingVariable, e164, recipientId,
                MissingVariableReason, $"no value for {names} (empty cell, no declared default)", null, personalized.MissingVariables);
        }
        return new PlannedRecipient(row.RowNumber, RecipientOutcome.Valid, e164, recipientId, null, null, message);
    }

    private static bool IsE164(string value) =>
        value.Length is >= 3 and <= 16 && value[0] == '+' && value[1] != '0' && value.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    private static PlannedRecipient Invalid(RecipientRow row, string? e164, string? recipientId, string reason, string detail) =>
        new(row.RowNumber, RecipientOutcome.Invalid, e164, recipientId, reason, detail, null);

    // Reasons end up in logs and status: never a whole phone number (style guide).
    private static string Masked(string raw) => PhoneMask.Mask(raw);
}
