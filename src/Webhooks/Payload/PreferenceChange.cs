namespace WhatsAppCampaigns.Webhooks.Payload;

/// <summary>A <c>user_preferences[]</c> entry: the user stopped or resumed marketing messages (reference §5).</summary>
/// <param name="PhoneNumberId">The business number (<c>metadata.phone_number_id</c>).</param>
/// <param name="WaId">The user's wa_id, digits.</param>
/// <param name="Category"><c>category</c>, e.g. <c>marketing_messages</c>.</param>
/// <param name="Value"><c>stop</c>, <c>resume</c> or <c>signup</c>.</param>
/// <param name="UnixSeconds">When (<c>timestamp</c>, a number here, unlike messages).</param>
public sealed record PreferenceChange(string PhoneNumberId, string WaId, string? Category, string Value, long UnixSeconds);
