namespace WhatsAppCampaigns.SenderWorker.Gateway;

/// <summary>What the sender does with a gateway answer (reference section 2.3).</summary>
public enum ErrorClass
{
    /// <summary>Accepted: record sent with the wamid.</summary>
    Success,

    /// <summary>The gateway is down or overloaded (R codes, 5xx, connection refused): retry, never fail the recipient.</summary>
    Unavailable,

    /// <summary>The number or app is over its throughput (130429, 4, 80007): slow down and retry.</summary>
    Throttle,

    /// <summary>Too many messages to this one user (131056): back off that recipient, bounded attempts.</summary>
    RecipientThrottle,

    /// <summary>Permanent for this recipient (P, and F codes caused by its data): record failed with the code.</summary>
    RecipientPermanent,

    /// <summary>Account, credential, quality or template problem: stop the whole run.</summary>
    CampaignStop,

    /// <summary>The request may have reached the gateway but no answer came back: sent or not is unknown.</summary>
    LostReply,
}
