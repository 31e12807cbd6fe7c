using System.Security.Cryptography;
using System.Text;

namespace WhatsAppCampaigns.CampaignState;

/// <summary>
/// The <c>biz_opaque_callback_data</c> a send carries and its status webhooks echo back: the
/// campaign's scope and the recipient's key, so a webhook can find and settle the recipient's
/// record. The Cloud API allows 512 characters; over that the key is replaced by its SHA-256. Pure.
/// </summary>
public static class CallbackData
{
    /// <summary>The Cloud API's limit on <c>biz_opaque_callback_data</c>.</summary>
    public const int MaxLength = 512;

    private const string ScopePrefix = "scope=";
    private const string RecipientPrefix = ";recipient=";
    private const string HashedPrefix = ";recipient-sha256=";

    /// <summary>Formats the callback data of one send.</summary>
    /// <param name="scope">The campaign's scope (<see cref="CampaignKeys.ScopeOf"/>).</param>
    /// <param name="recipientKey">The recipient's field in the claims hash.</param>
    public static string Format(string scope, string recipientKey)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(recipientKey);
        var data = ScopePrefix + scope + RecipientPrefix + recipientKey;
        if (data.Length <= MaxLength) return data;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipientKey)));
        return ScopePrefix + scope[..Math.Min(scope.Length, 400)] + HashedPrefix + hash;
    }

    /// <summary>
    /// Reads callback data this library wrote. False for anything else (another system's data, a
    /// hashed key, a truncated scope): such a webhook cannot be tied to a record.
    /// </summary>
    /// <param name="data">The echoed <c>biz_opaque_callback_data</c>.</param>
    /// <param name="scope">The campaign's scope.</param>
    /// <param name="recipientKey">The recipient's field in the claims hash.</param>
    public static bool TryParse(string? data, out string scope, out string recipientKey)
    {
        scope = recipientKey = "";
        if (data is null || !data.StartsWith(ScopePrefix, StringComparison.Ordinal)) return false;
        // The scope is namespace/name: neither part can contain ';', so the first one ends it.
        var end = data.IndexOf(';', ScopePrefix.Length);
        if (end < 0 || string.CompareOrdinal(data, end, RecipientPrefix, 0, RecipientPrefix.Length) != 0) return false;
        scope = data[ScopePrefix.Length..end];
        recipientKey = data[(end + RecipientPrefix.Length)..];
        return scope.Length > 0 && recipientKey.Length > 0;
    }
}
