using System.Text;

namespace Redis.Client;

/// <summary>A key name, as text or raw bytes. Mirrors StackExchange.Redis's <c>RedisKey</c>.</summary>
public readonly struct RedisKey : IEquatable<RedisKey>
{
    private readonly object? _value;

    private RedisKey(object? value) => _value = value;

    /// <summary>True when no key name was given.</summary>
    public bool IsNull => _value is null;

    /// <summary>Wraps a string key.</summary>
    public static implicit operator RedisKey(string? key) => new(key);

    /// <summary>Wraps a binary key (not copied).</summary>
    public static implicit operator RedisKey(byte[]? key) => new(key);

    /// <summary>The key as text.</summary>
    public static implicit operator string?(RedisKey key) => key._value switch
    {
        null => null,
        string s => s,
        byte[] b => Encoding.UTF8.GetString(b),
        _ => key._value.ToString(),
    };

    /// <summary>Compares two keys by content.</summary>
    public static bool operator ==(RedisKey left, RedisKey right) => left.Equals(right);

    /// <summary>Negation of <see cref="op_Equality"/>.</summary>
    public static bool operator !=(RedisKey left, RedisKey right) => !left.Equals(right);

    /// <summary>A key made of this key followed by <paramref name="suffix"/>.</summary>
    public RedisKey Append(RedisKey suffix) => (string?)this + (string?)suffix;

    /// <summary>A key made of <paramref name="prefix"/> followed by this key.</summary>
    public RedisKey Prepend(RedisKey prefix) => (string?)prefix + (string?)this;

    /// <summary>The key as a <see cref="RedisValue"/>, for writing it as a command argument.</summary>
    internal RedisValue AsValue() => _value switch
    {
        null => RedisValue.Null,
        string s => s,
        byte[] b => b,
        _ => RedisValue.Null,
    };

    /// <inheritdoc/>
    public bool Equals(RedisKey other) => AsValue() == other.AsValue();

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RedisKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => AsValue().GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => (string?)this ?? "(null)";
}
