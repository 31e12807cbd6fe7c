namespace WhatsAppCampaigns.Webhooks.Payload;

/// <summary>A <c>messages[]</c> entry: the user wrote to the business (reference §4.4).</summary>
/// <param name="PhoneNumberId">The business number written to (<c>metadata.phone_number_id</c>).</param>
/// <param name="From">The user's wa_id, digits.</param>
/// <param name="Wamid">The inbound message's id.</param>
/// <param name="UnixSeconds">When it was sent (<c>timestamp</c>).</param>
/// <param name="Type"><c>text</c>, <c>button</c>, <c>interactive</c>, <c>image</c>, ...</param>
/// <param name="Text">What the user wrote or tapped: <c>text.body</c>, <c>button.text</c>, the reply's <c>title</c>; null for other types.</param>
/// <param name="Payload">The quick-reply <c>button.payload</c> or the interactive reply's <c>id</c>.</param>
/// <param name="ContextId">The wamid of our message the user replied to (<c>context.id</c>).</param>
public sealed record InboundMessage(
    string PhoneNumberId,
    string From,
    string Wamid,
    long UnixSeconds,
    string Type,
    string? Text,
    string? Payload,
    string? ContextId);
