using System.Globalization;
using WhatsAppCampaigns.MockGateway.Rules;

namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>The field checks Meta makes before anything else (reference §1.2–1.4, §7 item 2).</summary>
internal static class SendRequestValidator
{
    public const int MaxTextBody = 4096;
    public const int MaxBizOpaqueCallbackData = 512;

    /// <summary>Null when the request is well formed, with <paramref name="waId"/> resolved from <c>to</c>.</summary>
    public static GraphError? Validate(SendRequest request, out string waId)
    {
        waId = "";
        if (request.MessagingProduct is null)
            return SendRequestParser.Invalid("The parameter messaging_product is required.");
        if (request.MessagingProduct != "whatsapp")
            return SendRequestParser.Invalid($"Param messaging_product must be one of {{WHATSAPP}} - got \"{request.MessagingProduct}\".");
        if (request.RecipientType is not (null or "individual"))
            return SendRequestParser.Invalid($"recipient_type '{request.RecipientType}' is not supported by the mock (only individual)");
        if (request.To is null)
            return Missing("to");
        if (!WaIds.TryNormalize(request.To, out waId))
            return GraphErrors.Create(GraphErrors.ParameterValueInvalid,
                $"to: '{request.To}' is not a valid phone number ({WaIds.MinDigits} to {WaIds.MaxDigits} digits, optional +)");
        if (request.BizOpaqueCallbackData is { Length: > MaxBizOpaqueCallbackData } opaque)
            return SendRequestParser.Invalid(
                $"Param biz_opaque_callback_data must be at most {MaxBizOpaqueCallbackData} characters long, was {opaque.Length.ToString(CultureInfo.InvariantCulture)}.");
        return request.Kind switch
        {
            MessageKind.Missing => Missing("type"),
            MessageKind.Unsupported => GraphErrors.Create(GraphErrors.UnsupportedMessageType,
                $"type '{request.TypeName}' is not supported by the mock (text and template are)"),
            MessageKind.Text => ValidateText(request),
            _ => ValidateTemplate(request),
        };
    }

    private static GraphError? ValidateText(SendRequest request)
    {
        if (!request.HasText) return Missing("text");
        if (request.TextBody is null) return Missing("text.body");
        if (request.TextBody.Length > MaxTextBody)
            return SendRequestParser.Invalid(
                $"Param text['body'] must be at most {MaxTextBody} characters long, was {request.TextBody.Length.ToString(CultureInfo.InvariantCulture)}.");
        return null;
    }

    private static GraphError? ValidateTemplate(SendRequest request)
    {
        if (!request.HasTemplate) return Missing("template");
        if (string.IsNullOrEmpty(request.TemplateName)) return Missing("template.name");
        if (string.IsNullOrEmpty(request.TemplateLanguage)) return Missing("template.language.code");
        return null;
    }

    private static GraphError Missing(string field) =>
        GraphErrors.Create(GraphErrors.RequiredParameterMissing, $"The parameter {field} is required.");
}
