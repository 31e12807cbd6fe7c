namespace WhatsAppCampaigns.Webhooks.Http;

/// <summary>How a notification POST ended (the <c>result</c> of <c>whatsapp_webhook_requests_total</c>).</summary>
public enum WebhookRequestResult
{
    /// <summary>200: every event applied to Redis.</summary>
    Applied,

    /// <summary>413: the body is longer than <c>MaxBodyBytes</c>.</summary>
    TooLarge,

    /// <summary>401: no <c>X-Hub-Signature-256</c> header.</summary>
    MissingSignature,

    /// <summary>403: the signature is malformed or does not match the body.</summary>
    BadSignature,

    /// <summary>400: the body is not a notification we can parse.</summary>
    Malformed,

    /// <summary>503: Redis failed or timed out; Meta redelivers.</summary>
    RedisUnavailable,
}
