using System.Collections.Frozen;

namespace WhatsAppCampaigns.SenderWorker.Gateway;

/// <summary>
/// Cloud API error code → what to do, from the reference's classification table (section 2.3). Pure.
/// The code decides, never the message text; the HTTP status only decides codes the table lacks.
/// </summary>
internal static class ErrorClassifier
{
    private static readonly FrozenDictionary<int, ErrorClass> ByCode = new Dictionary<int, ErrorClass>
    {
        // Gateway unavailable or overloaded: retried, guarded by the circuit breaker.
        [1] = ErrorClass.Unavailable, [2] = ErrorClass.Unavailable, [131000] = ErrorClass.Unavailable,
        [131016] = ErrorClass.Unavailable, [133004] = ErrorClass.Unavailable, [131057] = ErrorClass.Unavailable,
        // Throughput of the number / app / WABA: slow the whole session down.
        [4] = ErrorClass.Throttle, [80007] = ErrorClass.Throttle, [130429] = ErrorClass.Throttle, [133016] = ErrorClass.Throttle,
        [131056] = ErrorClass.RecipientThrottle,
        // Credentials, permissions, account, quality and template state: nothing later in the list can succeed.
        [0] = ErrorClass.CampaignStop, [190] = ErrorClass.CampaignStop, [3] = ErrorClass.CampaignStop,
        [10] = ErrorClass.CampaignStop, [131005] = ErrorClass.CampaignStop, [131031] = ErrorClass.CampaignStop,
        [368] = ErrorClass.CampaignStop, [131042] = ErrorClass.CampaignStop, [131037] = ErrorClass.CampaignStop,
        [131064] = ErrorClass.CampaignStop, [133010] = ErrorClass.CampaignStop, [131048] = ErrorClass.CampaignStop,
        [131008] = ErrorClass.CampaignStop, [131051] = ErrorClass.CampaignStop, [132000] = ErrorClass.CampaignStop,
        [132001] = ErrorClass.CampaignStop, [132007] = ErrorClass.CampaignStop, [132012] = ErrorClass.CampaignStop,
        [132015] = ErrorClass.CampaignStop, [132016] = ErrorClass.CampaignStop,
        // This recipient only.
        [100] = ErrorClass.RecipientPermanent, [131009] = ErrorClass.RecipientPermanent, [131021] = ErrorClass.RecipientPermanent,
        [131026] = ErrorClass.RecipientPermanent, [131047] = ErrorClass.RecipientPermanent, [131049] = ErrorClass.RecipientPermanent,
        [131050] = ErrorClass.RecipientPermanent, [130472] = ErrorClass.RecipientPermanent, [130403] = ErrorClass.RecipientPermanent,
        [130497] = ErrorClass.RecipientPermanent, [131030] = ErrorClass.RecipientPermanent, [131052] = ErrorClass.RecipientPermanent,
        [131053] = ErrorClass.RecipientPermanent, [132005] = ErrorClass.RecipientPermanent, [132008] = ErrorClass.RecipientPermanent,
        [135000] = ErrorClass.RecipientPermanent,
    }.ToFrozenDictionary();

    /// <summary>The class of <paramref name="reply"/>.</summary>
    public static ErrorClass Classify(GatewayReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply switch
        {
            { Transport: TransportFailure.NotConnected } => ErrorClass.Unavailable,
            { Transport: TransportFailure.ReplyLost } => ErrorClass.LostReply,
            { HttpStatus: >= 200 and < 300, Wamid: not null } => ErrorClass.Success,
            // A 2xx without a wamid is a broken answer: the message may exist, so it is treated as lost.
            { HttpStatus: >= 200 and < 300 } => ErrorClass.LostReply,
            { ErrorCode: { } code } => Classify(code, reply.HttpStatus),
            _ => ByStatus(reply.HttpStatus),
        };
    }

    /// <summary>The class of a Graph error code; <paramref name="httpStatus"/> decides unknown codes.</summary>
    public static ErrorClass Classify(int code, int httpStatus)
    {
        if (ByCode.TryGetValue(code, out var known)) return known;
        if (code is >= 200 and <= 299) return ErrorClass.CampaignStop; // permission family
        return ByStatus(httpStatus);
    }

    private static ErrorClass ByStatus(int httpStatus) => httpStatus switch
    {
        429 => ErrorClass.Throttle,
        401 or 403 => ErrorClass.CampaignStop,
        >= 500 => ErrorClass.Unavailable,
        _ => ErrorClass.RecipientPermanent,
    };
}
