namespace WhatsAppCampaigns.Webhooks.Payload;

/// <summary>One POSTed notification, flattened: every status, inbound message and preference change it carried, in order.</summary>
/// <param name="Statuses"><c>value.statuses[]</c> of <c>messages</c> changes (known statuses only).</param>
/// <param name="Messages"><c>value.messages[]</c> of <c>messages</c> changes.</param>
/// <param name="Preferences"><c>value.user_preferences[]</c> of <c>user_preferences</c> changes.</param>
/// <param name="Ignored">Items this receiver has no use for (other fields, <c>played</c>, <c>errors[]</c>), counted for the log.</param>
public sealed record WebhookPayload(
    IReadOnlyList<StatusUpdate> Statuses,
    IReadOnlyList<InboundMessage> Messages,
    IReadOnlyList<PreferenceChange> Preferences,
    int Ignored);
