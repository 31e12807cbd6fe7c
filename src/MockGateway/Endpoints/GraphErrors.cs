namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>The error codes the mock produces, with the HTTP status and title of Meta's table (reference §2.3).</summary>
internal static class GraphErrors
{
    public const int AuthException = 0;
    public const int ServiceUnavailable = 2;
    public const int InvalidParameter = 100;
    public const int InvalidToken = 190;
    public const int InvalidTokenSubcode = 467;
    public const int ObjectDoesNotExistSubcode = 33;
    public const int Throughput = 130429;
    public const int NotOnWhatsApp = 131026;
    public const int SomethingWentWrong = 131000;
    public const int RequiredParameterMissing = 131008;
    public const int ParameterValueInvalid = 131009;
    public const int ReEngagement = 131047;
    public const int SpamRateLimit = 131048;
    public const int UnsupportedMessageType = 131051;
    public const int PairRateLimit = 131056;
    public const int TemplateParameterCount = 132000;
    public const int TemplateDoesNotExist = 132001;
    public const int TemplatePaused = 132015;
    public const int TemplateDisabled = 132016;

    public const string DocumentationUrl = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/";

    /// <summary>An error for <paramref name="code"/>, with its table status and title.</summary>
    public static GraphError Create(int code, string details, int? subcode = null)
    {
        var (status, title) = Describe(code);
        return new GraphError(status, code, subcode, title, details);
    }

    /// <summary>The HTTP status and title of <paramref name="code"/>; unknown codes are 400 "Unknown error".</summary>
    public static (int HttpStatus, string Title) Describe(int code) => code switch
    {
        AuthException => (401, "(#0) AuthException"),
        InvalidToken => (401, "Invalid OAuth access token - Cannot parse access token"),
        ServiceUnavailable => (503, "Service temporarily unavailable"),
        InvalidParameter => (400, "Invalid parameter"),
        4 => (429, "Application request limit reached"),
        80007 => (429, "Rate limit issues"),
        Throughput => (429, "Rate limit hit"),
        PairRateLimit => (429, "(Business Account, Consumer Account) pair rate limit hit"),
        SpamRateLimit => (429, "Spam rate limit hit"),
        SomethingWentWrong => (500, "Something went wrong"),
        131016 => (500, "Service unavailable"),
        RequiredParameterMissing => (400, "Required parameter is missing"),
        ParameterValueInvalid => (400, "Parameter value is not valid"),
        NotOnWhatsApp => (400, "Message undeliverable"),
        ReEngagement => (400, "Re-engagement message"),
        131049 => (400, "This message was not delivered to maintain healthy ecosystem engagement."),
        131050 => (400, "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business."),
        130472 => (400, "User's number is part of an experiment"),
        130403 => (400, "Recipient is blocked by the business"),
        UnsupportedMessageType => (400, "Unsupported message type"),
        TemplateParameterCount => (400, "Number of parameters does not match the expected number of params"),
        TemplateDoesNotExist => (404, "Template name does not exist in the translation"),
        TemplatePaused => (400, "Template is Paused"),
        TemplateDisabled => (400, "Template is Disabled"),
        _ => (400, "Unknown error"),
    };

    /// <summary>The default cause of an asynchronous failure, for <c>error_data.details</c>.</summary>
    public static string AsyncDetails(int code) => code switch
    {
        NotOnWhatsApp => "Message Undeliverable: the recipient's phone number is not a WhatsApp phone number.",
        ReEngagement => "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
        _ => Describe(code).Title,
    };
}
