namespace WhatsAppCampaigns.MockGateway.Inspection;

/// <summary>One message the gateway accepted (answered 200 for, or accepted before a chaos reset).</summary>
/// <param name="Sequence">Acceptance order across the whole gateway, from 1.</param>
/// <param name="Id">The wamid returned to the sender.</param>
/// <param name="PhoneNumberId">The business number it was sent from.</param>
/// <param name="To">The <c>to</c> value exactly as sent.</param>
/// <param name="WaId">The recipient's wa_id (digits).</param>
/// <param name="Type"><c>text</c> or <c>template</c>.</param>
/// <param name="Body">The text body, or null for a template.</param>
/// <param name="TemplateName">The template name, or null for text.</param>
/// <param name="TemplateLanguage">The template language code, or null for text.</param>
/// <param name="TemplateParameters">The template parameters' values in order (text, fallback value, payload or link).</param>
/// <param name="BizOpaqueCallbackData">The correlation string the sender attached, if any.</param>
/// <param name="AcceptedAt">When it was accepted, by the gateway's clock.</param>
/// <param name="PlannedStatus">The final status the scenario decided: sent, delivered, read or failed.</param>
/// <param name="ErrorCode">The failure code when <paramref name="PlannedStatus"/> is failed.</param>
/// <param name="ConnectionReset">True when chaos reset the connection instead of answering.</param>
public sealed record AcceptedMessage(
    long Sequence,
    string Id,
    string PhoneNumberId,
    string To,
    string WaId,
    string Type,
    string? Body,
    string? TemplateName,
    string? TemplateLanguage,
    IReadOnlyList<string> TemplateParameters,
    string? BizOpaqueCallbackData,
    DateTimeOffset AcceptedAt,
    string PlannedStatus,
    int? ErrorCode,
    bool ConnectionReset);
