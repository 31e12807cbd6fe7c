using System.Security.Cryptography;
using System.Text;

namespace WhatsAppCampaigns.Webhooks.Signature;

/// <summary>
/// <c>X-Hub-Signature-256: sha256=&lt;hex&gt;</c>, the lowercase hex HMAC-SHA256 of the raw body bytes
/// keyed with the app secret (reference §4.5). Checked on the exact bytes received, before any
/// parsing: Meta signs its escaped-unicode form, which re-serialising would not reproduce. Pure.
/// </summary>
public static class WebhookSignatureVerifier
{
    /// <summary>The header Meta signs notifications in.</summary>
    public const string HeaderName = "X-Hub-Signature-256";

    private const string Prefix = "sha256=";

    /// <summary>Checks <paramref name="header"/> against <paramref name="body"/>; the digests are compared in constant time.</summary>
    /// <param name="appSecret">The app secret.</param>
    /// <param name="body">The raw request body.</param>
    /// <param name="header">The header value, null when absent.</param>
    public static SignatureCheck Check(string appSecret, ReadOnlySpan<byte> body, string? header)
    {
        ArgumentNullException.ThrowIfNull(appSecret);
        if (string.IsNullOrEmpty(header)) return SignatureCheck.Missing;
        var hex = header.AsSpan().Trim();
        // Meta writes lowercase; the hex digits themselves are compared as bytes, so accept either case.
        if (!hex.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return SignatureCheck.Malformed;
        hex = hex[Prefix.Length..];
        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (hex.Length != 2 * given.Length || Convert.FromHexString(hex, given, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != given.Length)
            return SignatureCheck.Malformed;
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The header value Meta would send for <paramref name="body"/> (for tests and tools).</summary>
    /// <param name="appSecret">The app secret.</param>
    /// <param name="body">The raw request body.</param>
    public static string Compute(string appSecret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(appSecret);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body, mac);
        return Prefix + Convert.ToHexStringLower(mac);
    }
}
