using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Redis.Client;

/// <summary>
/// A value sent to or read from Redis: null, a 64-bit integer, a double, a string or raw bytes.
/// Mirrors StackExchange.Redis's <c>RedisValue</c> for the conversions this project uses.
/// </summary>
public readonly struct RedisValue : IEquatable<RedisValue>
{
    private static readonly object Int64Tag = new();
    private static readonly object DoubleTag = new();

    // null => Null; Int64Tag/DoubleTag => the number lives in _bits; string or byte[] otherwise.
    private readonly object? _obj;
    private readonly long _bits;

    private RedisValue(object? obj, long bits)
    {
        _obj = obj;
        _bits = bits;
    }

    /// <summary>The null value (a missing key, a null bulk string).</summary>
    public static RedisValue Null => default;

    /// <summary>The empty string.</summary>
    public static RedisValue EmptyString { get; } = new(string.Empty, 0);

    /// <summary>True when this is the null value.</summary>
    public bool IsNull => _obj is null;

    /// <summary>True when this is not null.</summary>
    public bool HasValue => _obj is not null;

    /// <summary>True when this is null or a zero-length string or byte array.</summary>
    public bool IsNullOrEmpty => _obj switch
    {
        null => true,
        string s => s.Length == 0,
        byte[] b => b.Length == 0,
        _ => false,
    };

    /// <summary>True when the value is stored as a 64-bit integer.</summary>
    public bool IsInteger => ReferenceEquals(_obj, Int64Tag);

    internal bool IsDouble => ReferenceEquals(_obj, DoubleTag);

    internal object? RawObject => _obj;

    internal long RawInt64 => _bits;

    internal double RawDouble => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>Wraps a string; null gives <see cref="Null"/>.</summary>
    public static implicit operator RedisValue(string? value) => value is null ? Null : new(value, 0);

    /// <summary>Wraps bytes (not copied); null gives <see cref="Null"/>.</summary>
    public static implicit operator RedisValue(byte[]? value) => value is null ? Null : new(value, 0);

    /// <summary>Wraps a 64-bit integer.</summary>
    public static implicit operator RedisValue(long value) => new(Int64Tag, value);

    /// <summary>Wraps a 32-bit integer.</summary>
    public static implicit operator RedisValue(int value) => new(Int64Tag, value);

    /// <summary>Wraps a double.</summary>
    public static implicit operator RedisValue(double value) => new(DoubleTag, BitConverter.DoubleToInt64Bits(value));

    /// <summary>Wraps a boolean as the integer 1 or 0, as Redis represents it.</summary>
    public static implicit operator RedisValue(bool value) => new(Int64Tag, value ? 1 : 0);

    /// <summary>The value as text (UTF-8 decoded); null stays null.</summary>
    public static implicit operator string?(RedisValue value) => value.IsNull ? null : value.ToString();

    /// <summary>The value as bytes (UTF-8 for text); null stays null.</summary>
    public static implicit operator byte[]?(RedisValue value) => value._obj switch
    {
        null => null,
        byte[] b => b,
        _ => Encoding.UTF8.GetBytes(value.ToString()),
    };

    /// <summary>The value as a 64-bit integer; null gives 0 like StackExchange.Redis.</summary>
    /// <exception cref="InvalidCastException">The value is not an integer.</exception>
    public static explicit operator long(RedisValue value) =>
        value.TryParse(out long result) ? result
            : value.IsNull ? 0 : throw new InvalidCastException($"Unable to cast Redis value '{value}' to long");

    /// <summary>The value as a 32-bit integer; null gives 0.</summary>
    /// <exception cref="InvalidCastException">The value is not an integer in range.</exception>
    public static explicit operator int(RedisValue value) => checked((int)(long)value);

    /// <summary>The value as a double; null gives 0.</summary>
    /// <exception cref="InvalidCastException">The value is not a number.</exception>
    public static explicit operator double(RedisValue value) =>
        value.TryParse(out double result) ? result
            : value.IsNull ? 0 : throw new InvalidCastException($"Unable to cast Redis value '{value}' to double");

    /// <summary>The value as a boolean: non-zero integers are true; null is false.</summary>
    public static explicit operator bool(RedisValue value) => (long)value != 0;

    /// <summary>The value as a nullable integer; null stays null.</summary>
    public static explicit operator long?(RedisValue value) => value.IsNull ? null : (long)value;

    /// <summary>Compares two values by content (numbers and their text form are equal).</summary>
    public static bool operator ==(RedisValue left, RedisValue right) => left.Equals(right);

    /// <summary>Negation of <see cref="op_Equality"/>.</summary>
    public static bool operator !=(RedisValue left, RedisValue right) => !left.Equals(right);

    /// <summary>Parses the value as a 64-bit integer.</summary>
    public bool TryParse(out long result)
    {
        switch (_obj)
        {
            case null: result = 0; return false;
            case string s: return long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
            case byte[] b: return Utf8Parser.TryParse(b, out result, out var used) && used == b.Length;
        }
        if (IsInteger) { result = _bits; return true; }
        var d = RawDouble;
        result = (long)d;
        return result == d;
    }

    /// <summary>Parses the value as a double.</summary>
    public bool TryParse(out double result)
    {
        switch (_obj)
        {
            case null: result = 0; return false;
            case string s: return TryParseDouble(Encoding.UTF8.GetBytes(s), out result);
            case byte[] b: return TryParseDouble(b, out result);
        }
        result = IsInteger ? _bits : RawDouble;
        return true;
    }

    internal static bool TryParseDouble(ReadOnlySpan<byte> text, out double result)
    {
        if (text.SequenceEqual("inf"u8) || text.SequenceEqual("+inf"u8)) { result = double.PositiveInfinity; return true; }
        if (text.SequenceEqual("-inf"u8)) { result = double.NegativeInfinity; return true; }
        if (text.SequenceEqual("nan"u8) || text.SequenceEqual("-nan"u8)) { result = double.NaN; return true; }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }

    /// <summary>The UTF-8 byte count of the value's wire form.</summary>
    internal int GetByteCount() => _obj switch
    {
        string s => Encoding.UTF8.GetByteCount(s),
        byte[] b => b.Length,
        null => 0,
        _ => ToString().Length,
    };

    /// <inheritdoc/>
    public bool Equals(RedisValue other)
    {
        if (IsNull || other.IsNull) return IsNull == other.IsNull;
        if (IsInteger && other.IsInteger) return _bits == other._bits;
        if (_obj is byte[] a && other._obj is byte[] b) return a.AsSpan().SequenceEqual(b);
        return string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RedisValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => IsNull ? 0 : StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>The value as text: UTF-8 for bytes, invariant culture for numbers, "" for null.</summary>
    public override string ToString() => _obj switch
    {
        null => string.Empty,
        string s => s,
        byte[] b => Encoding.UTF8.GetString(b),
        _ when IsInteger => _bits.ToString(CultureInfo.InvariantCulture),
        _ => FormatDouble(RawDouble),
    };

    internal static string FormatDouble(double value) => value switch
    {
        double.PositiveInfinity => "+inf",
        double.NegativeInfinity => "-inf",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
