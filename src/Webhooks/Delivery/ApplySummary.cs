namespace WhatsAppCampaigns.Webhooks.Delivery;

/// <summary>What applying one notification did (for the log and the tests; Redis holds the state).</summary>
public sealed record ApplySummary
{
    /// <summary>Statuses tied to a claim through their callback data.</summary>
    public int Statuses { get; set; }

    /// <summary>Claim records changed: failed, or an in-doubt claim settled to sent.</summary>
    public int ClaimsChanged { get; set; }

    /// <summary>Statuses whose callback data is not ours (another system's, or hashed): ignored.</summary>
    public int ForeignCallbackData { get; set; }

    /// <summary>Statuses whose scope has no claim for the recipient (campaign deleted): ignored.</summary>
    public int Orphans { get; set; }

    /// <summary>Inbound messages recorded as replies.</summary>
    public int Replies { get; set; }

    /// <summary>Opt-out set changes (stop added, resume removed).</summary>
    public int OptOutChanges { get; set; }

    /// <summary>Inbound events for a phone number id with no configured session: logged, acknowledged, not applied.</summary>
    public int UnknownPhoneNumber { get; set; }

    /// <summary>Items the parser skipped (other webhook fields, statuses such as <c>played</c>).</summary>
    public int Ignored { get; set; }
}
