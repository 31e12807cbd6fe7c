using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Redis.Client.Protocol;

/// <summary>
/// Pure RESP2/RESP3 reply parser. <see cref="TryParse"/> reads one complete top-level frame or
/// reports that more bytes are needed without consuming anything; bytes that can never become valid
/// RESP raise <see cref="RedisProtocolException"/>. Attributes (<c>|</c>) are read and dropped, as
/// the RESP3 spec allows; streamed strings and aggregates (<c>$?</c>, <c>*?</c>) are refused, since
/// Redis 7 never sends them.
/// </summary>
internal static class RespParser
{
    /// <summary>Deeper nesting than this is treated as garbage rather than risking the stack.</summary>
    public const int MaxDepth = 256;

    /// <summary>A header line (type byte to CRLF) longer than this is garbage: real ones are short.</summary>
    public const int MaxLineLength = 64 * 1024;

    /// <summary>Redis's own <c>proto-max-bulk-len</c> default; anything larger is garbage.</summary>
    public const long MaxBulkLength = 512L * 1024 * 1024;

    /// <summary>
    /// Parses one frame from <paramref name="reader"/>. On success the reader is past the frame; when
    /// the frame is incomplete the reader is left where it was and false is returned.
    /// </summary>
    /// <exception cref="RedisProtocolException">The bytes are not valid RESP.</exception>
    public static bool TryParse(ref SequenceReader<byte> reader, out RedisResult? result)
    {
        var start = reader.Position;
        var startConsumed = reader.Consumed;
        if (TryParseElement(ref reader, 0, out result)) return true;
        reader.Rewind(reader.Consumed - startConsumed);
        _ = start;
        result = null;
        return false;
    }

    /// <summary>Parses a whole buffer that must hold exactly one frame (for tests and tools).</summary>
    public static RedisResult ParseComplete(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (!TryParse(ref reader, out var result)) throw new RedisProtocolException("Incomplete RESP frame");
        if (!reader.End) throw new RedisProtocolException($"{reader.Remaining} bytes after the frame");
        return result!;
    }

    private static bool TryParseElement(ref SequenceReader<byte> reader, int depth, out RedisResult? result)
    {
        while (true)
        {
            result = null;
            if (depth > MaxDepth) throw new RedisProtocolException($"RESP nesting deeper than {MaxDepth}");
            if (!reader.TryRead(out var type)) return false;
            if (!TryReadLine(ref reader, out var line)) return false;
            switch ((char)type)
            {
                case '+': result = SimpleString(line); return true;
                case '-': result = RedisResult.Create(Text(line), ResultType.Error); return true;
                case ':': result = RedisResult.Integer(ParseInteger(line, "integer")); return true;
                case '_':
                    if (line.Length != 0) throw Garbage("null", line);
                    result = RedisResult.Resp3Null;
                    return true;
                case '#':
                    result = line.Length == 1 && line[0] == (byte)'t' ? RedisResult.True
                        : line.Length == 1 && line[0] == (byte)'f' ? RedisResult.False
                        : throw Garbage("boolean", line);
                    return true;
                case ',':
                    if (!RedisValue.TryParseDouble(line, out var d)) throw Garbage("double", line);
                    result = RedisResult.Create(d, ResultType.Double);
                    return true;
                case '(':
                    if (!IsBigNumber(line)) throw Garbage("big number", line);
                    result = RedisResult.Create(Text(line), ResultType.BigInteger);
                    return true;
                case '$': return TryParseBlob(ref reader, line, ResultType.BulkString, out result);
                case '!': return TryParseBlob(ref reader, line, ResultType.BlobError, out result);
                case '=': return TryParseBlob(ref reader, line, ResultType.VerbatimString, out result);
                case '*': return TryParseAggregate(ref reader, line, depth, ResultType.Array, 1, out result);
                case '~': return TryParseAggregate(ref reader, line, depth, ResultType.Set, 1, out result);
                case '>': return TryParseAggregate(ref reader, line, depth, ResultType.Push, 1, out result);
                case '%': return TryParseAggregate(ref reader, line, depth, ResultType.Map, 2, out result);
                case '|':
                    // An attribute annotates the element after it: read it, drop it, parse that element.
                    if (!TryParseAggregate(ref reader, line, depth, ResultType.Attribute, 2, out _)) return false;
                    continue;
                default:
                    throw new RedisProtocolException($"Unexpected RESP type byte 0x{type:X2} ('{Printable(type)}')");
            }
        }
    }

    private static bool TryParseBlob(ref SequenceReader<byte> reader, scoped ReadOnlySpan<byte> line, ResultType type, out RedisResult? result)
    {
        result = null;
        if (line.Length == 1 && line[0] == (byte)'?') throw new RedisProtocolException("Streamed strings are not supported");
        var length = ParseInteger(line, "length");
        if (length == -1 && type == ResultType.BulkString)
        {
            result = RedisResult.NullSingle;
            return true;
        }
        if (length < 0 || length > MaxBulkLength) throw Garbage("length", line);
        if (reader.Remaining < length + 2) return false;
        var payload = reader.UnreadSequence.Slice(0, length);
        reader.Advance(length);
        if (!reader.IsNext("\r\n"u8, advancePast: true)) throw new RedisProtocolException($"Bulk payload of {length} bytes is not followed by CRLF");
        switch (type)
        {
            case ResultType.BulkString:
                result = RedisResult.Create(payload.ToArray(), ResultType.BulkString);
                return true;
            case ResultType.BlobError:
                result = RedisResult.Create(Encoding.UTF8.GetString(payload), ResultType.BlobError);
                return true;
            default:
                // Verbatim: a three-byte format ("txt", "mkd"), a colon, then the text.
                if (length < 4 || payload.Slice(3, 1).FirstSpan[0] != (byte)':') throw new RedisProtocolException("Verbatim string without a 'fmt:' prefix");
                result = RedisResult.Create(payload.Slice(4).ToArray(), ResultType.VerbatimString);
                return true;
        }
    }

    private static bool TryParseAggregate(ref SequenceReader<byte> reader, scoped ReadOnlySpan<byte> line, int depth, ResultType type,
        int elementsPerCount, out RedisResult? result)
    {
        result = null;
        if (line.Length == 1 && line[0] == (byte)'?') throw new RedisProtocolException("Streamed aggregates are not supported");
        var count = ParseInteger(line, "count");
        if (count == -1 && type == ResultType.Array)
        {
            result = RedisResult.NullArray;
            return true;
        }
        if (count < 0 || count > int.MaxValue / 2) throw Garbage("count", line);
        var total = count * elementsPerCount;
        // Each element needs at least three bytes ("_\r\n"); waiting for them before allocating keeps
        // a garbage count of a billion from allocating a billion-slot array.
        if (reader.Remaining < total * 3) return false;
        var items = total == 0 ? [] : new RedisResult[total];
        for (var i = 0; i < total; i++)
        {
            if (!TryParseElement(ref reader, depth + 1, out var item)) return false;
            items[i] = item!;
        }
        result = RedisResult.Create(items, type);
        return true;
    }

    private static bool TryReadLine(ref SequenceReader<byte> reader, out ReadOnlySpan<byte> line)
    {
        var span = reader.UnreadSpan;
        var cr = span.IndexOf((byte)'\r');
        if (cr >= 0 && cr + 1 < span.Length)
        {
            line = span[..cr];
            if (span[cr + 1] != (byte)'\n') throw new RedisProtocolException("CR not followed by LF in a RESP line");
            CheckLine(line);
            reader.Advance(cr + 2);
            return true;
        }
        // The line spans segments (or is incomplete): fall back to the sequence search.
        if (!reader.TryReadTo(out ReadOnlySequence<byte> sequence, (byte)'\r', advancePastDelimiter: true))
        {
            line = default;
            if (reader.Remaining > MaxLineLength) throw new RedisProtocolException($"No CRLF within {MaxLineLength} bytes");
            return false;
        }
        if (!reader.TryRead(out var lf)) { line = default; return false; }
        if (lf != (byte)'\n') throw new RedisProtocolException("CR not followed by LF in a RESP line");
        line = sequence.ToArray();
        CheckLine(line);
        return true;
    }

    private static void CheckLine(ReadOnlySpan<byte> line)
    {
        if (line.Length > MaxLineLength) throw new RedisProtocolException($"RESP line longer than {MaxLineLength} bytes");
        if (line.Contains((byte)'\n')) throw new RedisProtocolException("Bare LF inside a RESP line");
    }

    private static long ParseInteger(ReadOnlySpan<byte> line, string what)
    {
        if (line.Length == 0 || line.Length > 21) throw Garbage(what, line);
        var digits = line[0] == (byte)'+' ? line[1..] : line;
        if (!Utf8Parser.TryParse(digits, out long value, out var used) || used != digits.Length || digits.Length == 0) throw Garbage(what, line);
        return value;
    }

    private static bool IsBigNumber(ReadOnlySpan<byte> line)
    {
        var digits = line.Length > 0 && (line[0] == (byte)'-' || line[0] == (byte)'+') ? line[1..] : line;
        if (digits.Length == 0) return false;
        foreach (var b in digits) if (b is < (byte)'0' or > (byte)'9') return false;
        return true;
    }

    private static RedisResult SimpleString(ReadOnlySpan<byte> line)
    {
        // The common replies of hot commands come from cached instances: no allocation per reply.
        if (line.SequenceEqual("OK"u8)) return RedisResult.Ok;
        if (line.SequenceEqual("PONG"u8)) return RedisResult.Pong;
        if (line.SequenceEqual("QUEUED"u8)) return RedisResult.Queued;
        return RedisResult.Create(Text(line), ResultType.SimpleString);
    }

    private static string Text(ReadOnlySpan<byte> line) => Encoding.UTF8.GetString(line);

    private static string Text(ReadOnlySequence<byte> line) => Encoding.UTF8.GetString(line);

    private static RedisProtocolException Garbage(string what, ReadOnlySpan<byte> line)
    {
        var shown = line.Length > 40 ? line[..40] : line;
        var text = new StringBuilder();
        foreach (var b in shown) text.Append(Printable(b));
        return new RedisProtocolException($"Invalid RESP {what}: '{text}'");
    }

    private static string Printable(byte b) => b is >= 32 and < 127 ? ((char)b).ToString() : $"\\x{b:X2}";
}
