namespace Redis.Redlock;

/// <summary>
/// Per-instance outcome counts of the last acquire or extend. Mirrors RedLock.net's
/// <c>RedLockInstanceSummary</c>.
/// </summary>
/// <param name="acquired">Instances where the lock was set (or extended).</param>
/// <param name="conflicted">Instances where someone else holds it.</param>
/// <param name="error">Instances that failed or timed out.</param>
public readonly struct RedLockInstanceSummary(int acquired, int conflicted, int error) : IEquatable<RedLockInstanceSummary>
{
    /// <summary>Instances where the lock was set (or extended).</summary>
    public int Acquired { get; } = acquired;

    /// <summary>Instances where someone else holds it.</summary>
    public int Conflicted { get; } = conflicted;

    /// <summary>Instances that failed or timed out.</summary>
    public int Error { get; } = error;

    /// <summary>Compares the three counts.</summary>
    public static bool operator ==(RedLockInstanceSummary left, RedLockInstanceSummary right) => left.Equals(right);

    /// <summary>Negation of <see cref="op_Equality"/>.</summary>
    public static bool operator !=(RedLockInstanceSummary left, RedLockInstanceSummary right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(RedLockInstanceSummary other) => Acquired == other.Acquired && Conflicted == other.Conflicted && Error == other.Error;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RedLockInstanceSummary other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Acquired, Conflicted, Error);

    /// <inheritdoc/>
    public override string ToString() => $"Acquired: {Acquired}, Conflicted: {Conflicted}, Error: {Error}";
}
