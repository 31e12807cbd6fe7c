using System.Globalization;

namespace Redis.Client;

/// <summary>
/// One reply (or one element of an aggregate reply) in its RESP2 or RESP3 shape. Mirrors
/// StackExchange.Redis's <c>RedisResult</c>: cast it to the type you expect.
/// </summary>
public sealed class RedisResult
{
    private static readonly RedisResult[] SmallIntegers = CreateSmallIntegers();

    private readonly RedisValue _value;
    private readonly RedisResult[]? _items;

    private RedisResult(ResultType type, RedisValue value, RedisResult[]? items)
    {
        Resp3Type = type;
        _value = value;
        _items = items;
    }

    /// <summary>The RESP2 null bulk string / RESP3 null.</summary>
    public static RedisResult NullSingle { get; } = new(ResultType.BulkString, RedisValue.Null, null);

    internal static RedisResult Resp3Null { get; } = new(ResultType.Null, RedisValue.Null, null);

    internal static RedisResult NullArray { get; } = new(ResultType.Array, RedisValue.Null, null);

    internal static RedisResult Ok { get; } = new(ResultType.SimpleString, "OK", null);

    internal static RedisResult Pong { get; } = new(ResultType.SimpleString, "PONG", null);

    internal static RedisResult Queued { get; } = new(ResultType.SimpleString, "QUEUED", null);

    internal static RedisResult True { get; } = new(ResultType.Boolean, 1, null);

    internal static RedisResult False { get; } = new(ResultType.Boolean, 0, null);

    /// <summary>The type as sent on the wire (RESP3 names; RESP2 replies use the RESP2 subset).</summary>
    public ResultType Resp3Type { get; }

    /// <summary>The type as a RESP2 client would see it (maps and sets are arrays, doubles bulk strings...).</summary>
    public ResultType Resp2Type => Resp3Type switch
    {
        ResultType.Null => ResultType.BulkString,
        ResultType.Boolean => ResultType.Integer,
        ResultType.Double or ResultType.BigInteger or ResultType.VerbatimString => ResultType.BulkString,
        ResultType.BlobError => ResultType.Error,
        ResultType.Map or ResultType.Set or ResultType.Push or ResultType.Attribute => ResultType.Array,
        _ => Resp3Type,
    };

    /// <summary>True for a null bulk string, null array or RESP3 null.</summary>
    public bool IsNull => _items is null && _value.IsNull;

    /// <summary>The number of elements of an aggregate (a map counts keys and values); -1 otherwise.</summary>
    public int Length => _items?.Length ?? -1;

    /// <summary>The element at <paramref name="index"/> of an aggregate.</summary>
    public RedisResult this[int index] => (_items ?? throw new InvalidCastException($"A {Resp3Type} reply has no elements"))[index];

    internal bool IsAggregate => _items is not null;

    internal bool IsError => Resp3Type is ResultType.Error or ResultType.BlobError;

    internal RedisValue Value => _value;

    internal RedisResult[]? Items => _items;

    /// <summary>Creates a scalar result.</summary>
    public static RedisResult Create(RedisValue value, ResultType type = ResultType.BulkString) => new(type, value, null);

    /// <summary>Creates an aggregate result.</summary>
    public static RedisResult Create(RedisResult[] values, ResultType type = ResultType.Array) =>
        new(type, RedisValue.Null, values ?? throw new ArgumentNullException(nameof(values)));

    internal static RedisResult Integer(long value) =>
        value is >= -1 and < 64 ? SmallIntegers[value + 1] : new(ResultType.Integer, value, null);

    /// <summary>The reply as text (null stays null).</summary>
    public static explicit operator string?(RedisResult result) => result.Scalar().IsNull ? null : result._value.ToString();

    /// <summary>The reply as bytes (null stays null).</summary>
    public static explicit operator byte[]?(RedisResult result) => (byte[]?)result.Scalar();

    /// <summary>The reply as an integer.</summary>
    public static explicit operator long(RedisResult result) => (long)result.Scalar();

    /// <summary>The reply as a nullable integer.</summary>
    public static explicit operator long?(RedisResult result) => (long?)result.Scalar();

    /// <summary>The reply as a 32-bit integer.</summary>
    public static explicit operator int(RedisResult result) => (int)result.Scalar();

    /// <summary>The reply as a double.</summary>
    public static explicit operator double(RedisResult result) => (double)result.Scalar();

    /// <summary>The reply as a boolean (1, <c>#t</c> or <c>+OK</c> are true).</summary>
    public static explicit operator bool(RedisResult result)
    {
        var v = result.Scalar();
        return v.IsInteger ? v.RawInt64 != 0 : result.Resp3Type == ResultType.SimpleString ? v == "OK" : (bool)v;
    }

    /// <summary>The reply as a <see cref="RedisValue"/>.</summary>
    public static explicit operator RedisValue(RedisResult result) => result.Scalar();

    /// <summary>The elements of an aggregate reply (null for a null reply).</summary>
    public static explicit operator RedisResult[]?(RedisResult result) => result.IsNull ? null : result.Aggregate();

    /// <summary>The elements of an aggregate reply as values.</summary>
    public static explicit operator RedisValue[]?(RedisResult result) =>
        result.IsNull ? null : Array.ConvertAll(result.Aggregate(), item => item.Scalar());

    /// <summary>The elements of an aggregate reply as strings.</summary>
    public static explicit operator string?[]?(RedisResult result) =>
        result.IsNull ? null : Array.ConvertAll(result.Aggregate(), item => (string?)item);

    /// <summary>The elements of an aggregate reply as integers.</summary>
    public static explicit operator long[]?(RedisResult result) =>
        result.IsNull ? null : Array.ConvertAll(result.Aggregate(), item => (long)item);

    /// <summary>A map reply (or a flat key, value array) as a dictionary keyed by text.</summary>
    public Dictionary<string, RedisResult> ToDictionary(IEqualityComparer<string>? comparer = null)
    {
        var items = Aggregate();
        if (items.Length % 2 != 0) throw new InvalidCastException($"A {Resp3Type} reply of {items.Length} elements is not key/value pairs");
        var result = new Dictionary<string, RedisResult>(items.Length / 2, comparer ?? StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i += 2) result[(string?)items[i] ?? ""] = items[i + 1];
        return result;
    }

    /// <summary>Text for logs and tests: scalars as their value, aggregates as a bracketed list.</summary>
    public override string ToString() => _items is null
        ? IsNull ? "(nil)" : _value.ToString()
        : $"{Resp3Type}[{string.Join(", ", _items.Select(i => i.ToString()))}]";

    private RedisValue Scalar()
    {
        if (IsError) throw new RedisServerException(_value.ToString());
        if (_items is not null) throw new InvalidCastException($"A {Resp3Type} reply of {_items.Length} elements is not a single value");
        return _value;
    }

    private RedisResult[] Aggregate()
    {
        if (IsError) throw new RedisServerException(_value.ToString());
        return _items ?? throw new InvalidCastException($"A {Resp3Type} reply '{this}' is not an aggregate");
    }

    private static RedisResult[] CreateSmallIntegers()
    {
        var values = new RedisResult[65];
        for (var i = 0; i < values.Length; i++) values[i] = new(ResultType.Integer, (long)(i - 1), null);
        return values;
    }

    internal string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Resp3Type}: {this}");
}
