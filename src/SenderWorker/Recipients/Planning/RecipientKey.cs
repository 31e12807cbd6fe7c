using System.Globalization;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Planning;

/// <summary>Compact 8-byte dedupe keys; pure.</summary>
public static class RecipientKey
{
    /// <summary>
    /// An E.164 number's digits as a number: exact (no collisions), because E.164 has at most 15
    /// digits (&lt; 2^50) and no country code starts with 0, so distinct numbers give distinct values.
    /// </summary>
    public static ulong FromE164(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        var digits = e164.AsSpan().TrimStart('+');
        return ulong.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A 64-bit FNV-1a hash of a recipient id (trimmed, case kept). Trade-off: two distinct ids can
    /// collide, and the later row would then be reported a duplicate and not messaged; with n ids
    /// the chance of any collision is about n²/2^65 (≈ 3·10^-8 for a million rows), accepted to keep
    /// 8 bytes per recipient instead of the id strings. The Redis claim, keyed by the full id, is
    /// what actually guarantees at most one message per recipient.
    /// </summary>
    public static ulong FromRecipientId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = 14695981039346656037UL;
        foreach (var c in id.AsSpan().Trim())
        {
            hash = (hash ^ (byte)c) * 1099511628211UL;
            hash = (hash ^ (byte)(c >> 8)) * 1099511628211UL;
        }
        return hash;
    }
}
