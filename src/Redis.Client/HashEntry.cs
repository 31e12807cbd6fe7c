namespace Redis.Client;

/// <summary>One field of a hash and its value. Mirrors StackExchange.Redis's <c>HashEntry</c>.</summary>
/// <param name="name">The field name.</param>
/// <param name="value">The field value.</param>
public readonly struct HashEntry(RedisValue name, RedisValue value) : IEquatable<HashEntry>
{
    /// <summary>The field name.</summary>
    public RedisValue Name { get; } = name;

    /// <summary>The field value.</summary>
    public RedisValue Value { get; } = value;

    /// <summary>Compares name and value.</summary>
    public static bool operator ==(HashEntry left, HashEntry right) => left.Equals(right);

    /// <summary>Negation of <see cref="op_Equality"/>.</summary>
    public static bool operator !=(HashEntry left, HashEntry right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(HashEntry other) => Name == other.Name && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HashEntry other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Value);

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Value}";
}
