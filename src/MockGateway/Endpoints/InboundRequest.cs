namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>
/// Body of <c>POST /admin/inbound</c>: a user sends the business a text. It opens the user's
/// 24-hour customer-service window and is posted as an inbound <c>messages</c> webhook.
/// </summary>
/// <param name="PhoneNumberId">The business number the user writes to; the first registered one when omitted.</param>
/// <param name="From">The user's number (any formatting).</param>
/// <param name="Text">The message text (for example the STOP keyword).</param>
/// <param name="ContextId">The wamid of our message the user replies to, if any.</param>
public sealed record InboundRequest(string? PhoneNumberId, string From, string Text, string? ContextId = null);
