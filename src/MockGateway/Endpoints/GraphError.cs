namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>A Graph API error as the send endpoint answers it (reference §2.1) or a failed status carries it (§2.2).</summary>
/// <param name="HttpStatus">The HTTP status Meta's error table gives for <paramref name="Code"/>.</param>
/// <param name="Code">The code clients classify on.</param>
/// <param name="Subcode">The optional <c>error_subcode</c>.</param>
/// <param name="Title">The short title (<c>title</c> in webhooks; <c>message</c> is <c>(#code) title</c>).</param>
/// <param name="Details">The human-readable cause, <c>error_data.details</c>.</param>
/// <param name="Type">The Graph exception type, usually <c>OAuthException</c>.</param>
internal sealed record GraphError(int HttpStatus, int Code, int? Subcode, string Title, string Details, string Type = "OAuthException")
{
    /// <summary>The envelope's <c>message</c>: <c>(#code) title</c>, except token errors, which Graph words plainly.</summary>
    public string Message => Code is GraphErrors.InvalidToken or GraphErrors.AuthException ? Title : $"(#{Code}) {Title}";
}
