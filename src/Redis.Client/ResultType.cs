namespace Redis.Client;

#pragma warning disable CA1720 // member names mirror StackExchange.Redis's ResultType

/// <summary>The RESP type of a reply element. Mirrors StackExchange.Redis's <c>ResultType</c>.</summary>
public enum ResultType
{
    /// <summary>No value (not a reply).</summary>
    None = 0,

    /// <summary><c>+</c> simple string.</summary>
    SimpleString = 1,

    /// <summary><c>-</c> simple error.</summary>
    Error = 2,

    /// <summary><c>:</c> 64-bit integer.</summary>
    Integer = 3,

    /// <summary><c>$</c> bulk string (also the RESP2 form of a null).</summary>
    BulkString = 4,

    /// <summary><c>*</c> array.</summary>
    Array = 5,

    /// <summary>RESP3 <c>_</c> null.</summary>
    Null = 8,

    /// <summary>RESP3 <c>,</c> double.</summary>
    Double = 9,

    /// <summary>RESP3 <c>!</c> bulk error.</summary>
    BlobError = 10,

    /// <summary>RESP3 <c>#</c> boolean.</summary>
    Boolean = 11,

    /// <summary>RESP3 <c>=</c> verbatim string.</summary>
    VerbatimString = 12,

    /// <summary>RESP3 <c>%</c> map (elements are key, value, key, value...).</summary>
    Map = 13,

    /// <summary>RESP3 <c>~</c> set.</summary>
    Set = 14,

    /// <summary>RESP3 <c>(</c> big number (kept as its decimal text).</summary>
    BigInteger = 17,

    /// <summary>RESP3 <c>|</c> attribute (the parser drops these).</summary>
    Attribute = 29,

    /// <summary>RESP3 <c>&gt;</c> out-of-band push.</summary>
    Push = 37,
}
