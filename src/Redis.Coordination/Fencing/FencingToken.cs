using System.Globalization;

namespace WhatsAppCampaigns.Redis.Coordination.Fencing;

/// <summary>
/// A number that is strictly greater than that of every earlier acquisition of the same lock (see
/// <see cref="FencingTokenIssuer"/>). Send it with every write the lock protects and let the store
/// refuse older ones (<see cref="FencedWrites"/>): a holder that was paused past its lease can then no
/// longer overwrite the work of the holder after it.
/// </summary>
/// <param name="Value">The token; positive once issued.</param>
public readonly record struct FencingToken(long Value) : IComparable<FencingToken>
{
    /// <inheritdoc/>
    public int CompareTo(FencingToken other) => Value.CompareTo(other.Value);

    /// <summary>True when <paramref name="left"/> is older than <paramref name="right"/>.</summary>
    public static bool operator <(FencingToken left, FencingToken right) => left.Value < right.Value;

    /// <summary>True when <paramref name="left"/> is newer than <paramref name="right"/>.</summary>
    public static bool operator >(FencingToken left, FencingToken right) => left.Value > right.Value;

    /// <summary>True when <paramref name="left"/> is not newer than <paramref name="right"/>.</summary>
    public static bool operator <=(FencingToken left, FencingToken right) => left.Value <= right.Value;

    /// <summary>True when <paramref name="left"/> is not older than <paramref name="right"/>.</summary>
    public static bool operator >=(FencingToken left, FencingToken right) => left.Value >= right.Value;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
