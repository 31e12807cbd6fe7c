namespace WhatsAppCampaigns.Webhooks.Payload;

/// <summary>A <c>statuses[]</c> entry (reference §4.3).</summary>
/// <param name="PhoneNumberId">The business number (<c>metadata.phone_number_id</c>).</param>
/// <param name="Wamid">The message id (<c>id</c>).</param>
/// <param name="Status">One of <see cref="DeliveryStatus"/>'s names: <c>sent</c>, <c>delivered</c>, <c>read</c>, <c>failed</c>.</param>
/// <param name="UnixSeconds">When it happened (<c>timestamp</c>).</param>
/// <param name="RecipientId">The user's wa_id (<c>recipient_id</c>), digits.</param>
/// <param name="CallbackData">The echoed <c>biz_opaque_callback_data</c>, if the send set one.</param>
/// <param name="Error">The first of <c>errors[]</c> (failed only).</param>
/// <param name="Pricing">The <c>pricing</c> block, when present.</param>
public sealed record StatusUpdate(
    string PhoneNumberId,
    string Wamid,
    string Status,
    long UnixSeconds,
    string RecipientId,
    string? CallbackData,
    WebhookError? Error,
    StatusPricing? Pricing);
