namespace WhatsAppCampaigns.SenderWorker.Gateway;

/// <summary>One answer of the Cloud API send endpoint, or the transport failure in its place.</summary>
/// <param name="HttpStatus">The HTTP status; 0 when no response arrived.</param>
/// <param name="Wamid">The message id on success.</param>
/// <param name="ErrorCode">The Graph error <c>code</c>, when the body carried one.</param>
/// <param name="ErrorSubcode">The Graph <c>error_subcode</c>, when present.</param>
/// <param name="Message">The Graph error message or the transport failure, for the record.</param>
/// <param name="Transport">Set when no HTTP response arrived.</param>
internal sealed record GatewayReply(int HttpStatus, string? Wamid, int? ErrorCode, int? ErrorSubcode, string? Message,
    TransportFailure Transport = TransportFailure.None)
{
    /// <summary>A 200 with a wamid.</summary>
    public static GatewayReply Accepted(string wamid) => new(200, wamid, null, null, null);

    /// <summary>A Graph error envelope.</summary>
    public static GatewayReply Error(int httpStatus, int? code, string? message, int? subcode = null) =>
        new(httpStatus, null, code, subcode, message);

    /// <summary>No response: <paramref name="failure"/> tells whether the request could have been processed.</summary>
    public static GatewayReply NoResponse(TransportFailure failure, string message) => new(0, null, null, null, message, failure);

    /// <summary>"code 131026 (message)" or the HTTP status, for logs and records.</summary>
    public string Describe() => ErrorCode is { } code
        ? $"code {code}{(ErrorSubcode is { } s ? $"/{s}" : "")}: {Message}"
        : Transport != TransportFailure.None ? $"{Transport}: {Message}" : $"HTTP {HttpStatus}: {Message}";
}
