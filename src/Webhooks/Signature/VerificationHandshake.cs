using System.Security.Cryptography;
using System.Text;

namespace WhatsAppCampaigns.Webhooks.Signature;

/// <summary>
/// The GET verification handshake (reference §4.1): answer the raw <c>hub.challenge</c> only when
/// <c>hub.mode</c> is <c>subscribe</c> and <c>hub.verify_token</c> is ours; 403 otherwise. Pure.
/// </summary>
public static class VerificationHandshake
{
    /// <summary>The challenge to echo, or null when the request must be refused (403).</summary>
    /// <param name="mode"><c>hub.mode</c>.</param>
    /// <param name="verifyToken"><c>hub.verify_token</c>.</param>
    /// <param name="challenge"><c>hub.challenge</c>.</param>
    /// <param name="configuredToken">Our verify token.</param>
    public static string? Answer(string? mode, string? verifyToken, string? challenge, string configuredToken)
    {
        ArgumentNullException.ThrowIfNull(configuredToken);
        if (mode != "subscribe" || verifyToken is null || challenge is null || configuredToken.Length == 0) return null;
        // Constant time, like the signature: the token is a shared secret.
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(verifyToken), Encoding.UTF8.GetBytes(configuredToken));
        return matches ? challenge : null;
    }
}
