namespace WhatsAppCampaigns.Webhooks.Signature;

/// <summary>The outcome of checking <c>X-Hub-Signature-256</c>.</summary>
public enum SignatureCheck
{
    /// <summary>The header is the HMAC of the body under the app secret.</summary>
    Valid,

    /// <summary>No header (or an empty one).</summary>
    Missing,

    /// <summary>Not <c>sha256=</c> followed by 64 hex digits.</summary>
    Malformed,

    /// <summary>Well formed, but not the HMAC of these bytes under this secret.</summary>
    Mismatch,
}
