using Microsoft.Extensions.Logging;

namespace WhatsAppCampaigns.Webhooks;

/// <summary>Log messages of the receiver; ids by area: 1xx HTTP, 2xx statuses, 3xx inbound and opt-outs.</summary>
internal static partial class Log
{
    [LoggerMessage(101, LogLevel.Warning, "Webhook refused: signature {Check}")]
    public static partial void SignatureRefused(ILogger logger, Signature.SignatureCheck check);

    [LoggerMessage(102, LogLevel.Warning, "Webhook refused, malformed: {Reason}")]
    public static partial void Malformed(ILogger logger, string reason);

    [LoggerMessage(103, LogLevel.Warning, "Webhook not applied, Redis failed ({Error}): answered 503 so Meta redelivers")]
    public static partial void RedisFailed(ILogger logger, string error, Exception exception);

    [LoggerMessage(104, LogLevel.Debug, "Webhook applied: {Summary}")]
    public static partial void Applied(ILogger logger, Delivery.ApplySummary summary);

    [LoggerMessage(105, LogLevel.Warning, "Verification handshake refused (mode {Mode})")]
    public static partial void HandshakeRefused(ILogger logger, string? mode);

    [LoggerMessage(106, LogLevel.Information, "Verification handshake answered")]
    public static partial void HandshakeAnswered(ILogger logger);

    [LoggerMessage(201, LogLevel.Information, "Message to {Recipient} in {Scope} failed with {Code}: {Reason}")]
    public static partial void MessageFailed(ILogger logger, string scope, string recipient, int code, string reason);

    [LoggerMessage(202, LogLevel.Information, "In-doubt claim of {Recipient} in {Scope} settled to sent by a {Status} status")]
    public static partial void InDoubtSettled(ILogger logger, string scope, string recipient, string status);

    [LoggerMessage(203, LogLevel.Debug, "Status {Status} for {Recipient} in {Scope}: {Effect}")]
    public static partial void StatusApplied(ILogger logger, string status, string scope, string recipient, string effect);

    [LoggerMessage(204, LogLevel.Information, "Status {Status} ignored: callback data is not ours ({Length} chars)")]
    public static partial void ForeignCallbackData(ILogger logger, string status, int length);

    [LoggerMessage(205, LogLevel.Information, "Status {Status} for {Recipient} in {Scope} ignored: no claim (campaign deleted?)")]
    public static partial void OrphanStatus(ILogger logger, string status, string scope, string recipient);

    [LoggerMessage(301, LogLevel.Warning, "Inbound {Kind} from {User} to phone number id {PhoneNumberId} acknowledged, not applied: no session configured (Webhooks__Sessions__{PhoneNumberId})")]
    public static partial void UnknownPhoneNumber(ILogger logger, string kind, string user, string phoneNumberId);

    [LoggerMessage(302, LogLevel.Information, "{User} opted out of session {Session} ({Source})")]
    public static partial void OptedOut(ILogger logger, string user, string session, string source);

    [LoggerMessage(303, LogLevel.Information, "{User} resumed messages from session {Session}")]
    public static partial void Resumed(ILogger logger, string user, string session);

    [LoggerMessage(304, LogLevel.Debug, "First reply of {User} to session {Session}")]
    public static partial void FirstReply(ILogger logger, string user, string session);
}
