namespace WhatsAppCampaigns.CampaignState;

/// <summary>
/// The fields of a run's progress hash (<see cref="CampaignKeys.Progress"/>): the sender writes them
/// (absolute values, so a lost write is repaired by the next), the operator reads them back into the
/// campaign's status. Every row read ends in exactly one of <see cref="Invalid"/>, <see cref="Duplicate"/>,
/// <see cref="MissingVariable"/>, <see cref="OptedOut"/>, <see cref="Sent"/>, <see cref="Failed"/>,
/// <see cref="Unknown"/> or <see cref="NotSent"/>, so they add up to <see cref="Rows"/> once the run is over.
/// </summary>
public static class ProgressFields
{
    /// <summary>Rows read from the recipient list.</summary>
    public const string Rows = "rows";

    /// <summary>Rows with a valid recipient.</summary>
    public const string Valid = "valid";

    /// <summary>Rows whose phone number or recipient id is not valid.</summary>
    public const string Invalid = "invalid";

    /// <summary>Rows naming a recipient an earlier row of the run already named.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Rows lacking a value the message template needs.</summary>
    public const string MissingVariable = "missingVariable";

    /// <summary>Rows whose recipient opted out of the session's messages.</summary>
    public const string OptedOut = "optedOut";

    /// <summary>Recipients the Cloud API accepted (this run or an earlier one).</summary>
    public const string Sent = "sent";

    /// <summary>The part of <see cref="Sent"/> sent by an earlier run.</summary>
    public const string AlreadySent = "alreadySent";

    /// <summary>Recipients the Cloud API refused; split by code in <see cref="FailedCodePrefix"/> fields.</summary>
    public const string Failed = "failed";

    /// <summary>Recipients whose send may or may not have happened (a claim left in doubt).</summary>
    public const string Unknown = "unknown";

    /// <summary>Rows not sent because the run stopped first.</summary>
    public const string NotSent = "notSent";

    /// <summary>Retried sends.</summary>
    public const string Retries = "retries";

    /// <summary>Prefix of the per-code failure counts, <c>failedCode:131026</c> (they add up to <see cref="Failed"/>).</summary>
    public const string FailedCodePrefix = DeliveryKeys.FailedCodePrefix;

    /// <summary>
    /// The rate the sender paces the session at, messages per second rounded to a whole number: just
    /// under the configured rate, lower for a few seconds after throughput errors (130429); 0 when not paced.
    /// </summary>
    public const string EffectiveRate = "effectiveRate";

    /// <summary>The run's state, one of <see cref="ProgressStates"/>.</summary>
    public const string State = "state";

    /// <summary>Why the run stopped (empty while it runs or when done).</summary>
    public const string Reason = "reason";

    /// <summary>When the sender last wrote the hash (ISO 8601, round-trip format).</summary>
    public const string UpdatedAt = "updatedAt";
}
