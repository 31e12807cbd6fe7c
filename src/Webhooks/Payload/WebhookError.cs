namespace WhatsAppCampaigns.Webhooks.Payload;

/// <summary>An error object in the webhook shape (reference §2.2).</summary>
/// <param name="Code">The Cloud API code, the field to classify on.</param>
/// <param name="Title"><c>title</c>.</param>
/// <param name="Message"><c>message</c>.</param>
/// <param name="Details"><c>error_data.details</c>, the human-readable cause.</param>
public sealed record WebhookError(int Code, string? Title, string? Message, string? Details)
{
    /// <summary>What a failed record keeps: the details when given (they say why), else the message, else the title.</summary>
    public string Describe() =>
        !string.IsNullOrWhiteSpace(Details) ? Details
        : !string.IsNullOrWhiteSpace(Message) ? Message
        : Title ?? "";
}
