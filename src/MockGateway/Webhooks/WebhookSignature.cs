using System.Security.Cryptography;
using System.Text;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>
/// <c>X-Hub-Signature-256</c>: <c>sha256=</c> + lowercase hex HMAC-SHA256 of the exact body bytes,
/// keyed with the app secret (reference §4.5). Public so receivers' tests can check with the same code.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header Meta signs webhooks in.</summary>
    public const string HeaderName = "X-Hub-Signature-256";

    /// <summary>The header value for <paramref name="body"/> under <paramref name="appSecret"/>.</summary>
    public static string Compute(string appSecret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(appSecret);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body, mac);
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>True when <paramref name="header"/> is the signature of <paramref name="body"/>; compared in constant time.</summary>
    public static bool Verify(string appSecret, ReadOnlySpan<byte> body, string? header)
    {
        if (header is null) return false;
        var expected = Encoding.ASCII.GetBytes(Compute(appSecret, body));
        var given = Encoding.ASCII.GetBytes(header);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
