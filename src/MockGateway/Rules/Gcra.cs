namespace WhatsAppCampaigns.MockGateway.Rules;

/// <summary>
/// The generic cell rate algorithm: a token bucket kept as one number, the theoretical arrival
/// time (TAT) of the next request. A burst "borrows" future allowance, which is exactly how Meta
/// describes the pair limit (after 20 rapid messages, wait about 2 minutes).
/// </summary>
internal static class Gcra
{
    /// <summary>
    /// Decides one request at <paramref name="now"/>: allowed when the bucket is not more than
    /// <paramref name="tolerance"/> ahead of now; then <paramref name="newTat"/> moves one
    /// <paramref name="interval"/> further.
    /// </summary>
    public static bool TryAcquire(long tat, long now, long interval, long tolerance, out long newTat)
    {
        var start = Math.Max(tat, now);
        if (start - now > tolerance)
        {
            newTat = tat;
            return false;
        }
        newTat = start + interval;
        return true;
    }

    /// <summary>The tolerance that lets <paramref name="burst"/> requests through at one instant.</summary>
    public static long ToleranceFor(long interval, int burst) => interval * (burst - 1);
}
