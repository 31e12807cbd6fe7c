namespace WhatsAppCampaigns.Webhooks.Metrics;

/// <summary>The <c>outcome</c> of an event in the applier (a small fixed set: bounded label values).</summary>
public static class WebhookEventOutcomes
{
    /// <summary>The event changed Redis: a claim settled or failed, a status rose, an opt-out set changed.</summary>
    public const string Applied = "applied";

    /// <summary>Applied, but already known (a duplicate, a late lower status, a repeated stop): nothing changed.</summary>
    public const string NoChange = "no_change";

    /// <summary>An inbound message recorded as the user's first reply on the session.</summary>
    public const string FirstReply = "first_reply";

    /// <summary>An inbound message from a user who replied before (the first reply time is kept).</summary>
    public const string RepeatReply = "repeat_reply";

    /// <summary>A status whose scope holds no claim for the recipient (campaign deleted): nothing written.</summary>
    public const string Orphan = "orphan";

    /// <summary>A status whose callback data is not ours: ignored.</summary>
    public const string ForeignCallbackData = "foreign_callback_data";

    /// <summary>An inbound event for a business phone number id with no configured session: acknowledged, not applied.</summary>
    public const string UnknownPhoneNumberId = "unknown_phone_number_id";

    /// <summary>Skipped (see <see cref="WebhookEventKinds.Other"/>).</summary>
    public const string Ignored = "ignored";
}
