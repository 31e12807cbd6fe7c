namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>The parts of a send request body the mock checks and records (reference §1.2–1.4).</summary>
internal sealed class SendRequest
{
    public string? MessagingProduct { get; set; }
    public string? RecipientType { get; set; }
    public string? To { get; set; }
    public MessageKind Kind { get; set; }
    public string? TypeName { get; set; }
    public bool HasText { get; set; }
    public string? TextBody { get; set; }
    public bool PreviewUrl { get; set; }
    public bool HasTemplate { get; set; }
    public string? TemplateName { get; set; }
    public string? TemplateLanguage { get; set; }
    public int HeaderParameterCount { get; set; }
    public int BodyParameterCount { get; set; }
    public int ButtonParameterCount { get; set; }
    private List<string>? _templateParameters;

    /// <summary>The template parameters' values in order (no list is made for a send without any).</summary>
    public IReadOnlyList<string> TemplateParameters => (IReadOnlyList<string>?)_templateParameters ?? [];

    public void AddTemplateParameter(string value) => (_templateParameters ??= []).Add(value);
    public string? BizOpaqueCallbackData { get; set; }
    public string? ContextMessageId { get; set; }
}
