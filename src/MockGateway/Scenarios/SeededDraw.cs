namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>
/// Stateless randomness: a draw is a hash of (seed, identity, purpose), so it does not depend on
/// how many other draws happened before it or on which thread asked. This is what makes a fixed
/// seed replay the same outcomes when sends run concurrently.
/// </summary>
internal static class SeededDraw
{
    /// <summary>A uniform double in [0, 1) for one purpose of one identity under one seed.</summary>
    public static double Unit(long seed, ulong identity, DrawPurpose purpose) =>
        (Mix(Mix(unchecked((ulong)seed) ^ identity) + ((ulong)purpose * 0x9E3779B97F4A7C15UL)) >> 11)
        * (1.0 / (1UL << 53));

    /// <summary>An index in [0, count) for one purpose of one identity.</summary>
    public static int Index(long seed, ulong identity, DrawPurpose purpose, int count) =>
        Math.Min(count - 1, (int)(Unit(seed, identity, purpose) * count));

    /// <summary>SplitMix64's finaliser: a cheap, well-mixed bijection on 64 bits.</summary>
    public static ulong Mix(ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }

    /// <summary>The identity of the <paramref name="ordinal"/>-th request from one number to one user.</summary>
    public static ulong Identity(ulong numberHash, ulong userHash, long ordinal) =>
        Mix(Mix(numberHash ^ Mix(userHash)) ^ unchecked((ulong)ordinal));

    /// <summary>FNV-1a over the string's UTF-16 units, then mixed; stable across processes (unlike string.GetHashCode).</summary>
    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash = unchecked(hash * 1099511628211UL);
        }
        return Mix(hash);
    }
}
