using System.Buffers;
using System.Text;
using Redis.Client.Protocol;

namespace Redis.Client.Tests.Protocol;

public class RespParserTests
{
    /// <summary>Every RESP2 and RESP3 type, with nested and null forms, and how it must parse.</summary>
    public static TheoryData<string, string> Frames => new()
    {
        // RESP2
        { "+OK\r\n", "SimpleString:OK" },
        { "+hello world\r\n", "SimpleString:hello world" },
        { "+\r\n", "SimpleString:" },
        { "-ERR unknown command 'FOO'\r\n", "Error:ERR unknown command 'FOO'" },
        { "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n", "Error:WRONGTYPE Operation against a key holding the wrong kind of value" },
        { ":0\r\n", "Integer:0" },
        { ":1000\r\n", "Integer:1000" },
        { ":-42\r\n", "Integer:-42" },
        { ":+7\r\n", "Integer:7" },
        { ":9223372036854775807\r\n", "Integer:9223372036854775807" },
        { ":-9223372036854775808\r\n", "Integer:-9223372036854775808" },
        { "$5\r\nhello\r\n", "BulkString:hello" },
        { "$0\r\n\r\n", "BulkString:" },
        { "$-1\r\n", "BulkString:(nil)" },
        { "$4\r\na\r\nb\r\n", "BulkString:a\r\nb" },
        { "$6\r\nh\u00e9llo\r\n", "BulkString:h\u00e9llo" },
        { "*0\r\n", "Array[]" },
        { "*-1\r\n", "Array:(nil)" },
        { "*2\r\n$5\r\nhello\r\n$5\r\nworld\r\n", "Array[BulkString:hello, BulkString:world]" },
        { "*3\r\n:1\r\n$-1\r\n+x\r\n", "Array[Integer:1, BulkString:(nil), SimpleString:x]" },
        { "*2\r\n:1\r\n-WRONGTYPE bad\r\n", "Array[Integer:1, Error:WRONGTYPE bad]" },
        { "*2\r\n*2\r\n:1\r\n:2\r\n*1\r\n*-1\r\n", "Array[Array[Integer:1, Integer:2], Array[Array:(nil)]]" },
        // RESP3
        { "_\r\n", "Null:(nil)" },
        { "#t\r\n", "Boolean:1" },
        { "#f\r\n", "Boolean:0" },
        { ",1.5\r\n", "Double:1.5" },
        { ",-2\r\n", "Double:-2" },
        { ",1e3\r\n", "Double:1000" },
        { ",inf\r\n", "Double:+inf" },
        { ",-inf\r\n", "Double:-inf" },
        { ",nan\r\n", "Double:NaN" },
        { "(3492890328409238509324850943850943825024385\r\n", "BigInteger:3492890328409238509324850943850943825024385" },
        { "(-12\r\n", "BigInteger:-12" },
        { "!21\r\nSYNTAX invalid syntax\r\n", "BlobError:SYNTAX invalid syntax" },
        { "=15\r\ntxt:Some string\r\n", "VerbatimString:Some string" },
        { "=4\r\nmkd:\r\n", "VerbatimString:" },
        { "%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n", "Map[SimpleString:first, Integer:1, SimpleString:second, Integer:2]" },
        { "%0\r\n", "Map[]" },
        { "~1\r\n$1\r\na\r\n", "Set[BulkString:a]" },
        { "~2\r\n_\r\n#t\r\n", "Set[Null:(nil), Boolean:1]" },
        { ">3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n", "Push[BulkString:message, BulkString:ch, BulkString:hi]" },
        { "|1\r\n+key-popularity\r\n%1\r\n$1\r\na\r\n,0.19\r\n*1\r\n:2039123\r\n", "Array[Integer:2039123]" },
        { "*2\r\n|1\r\n+ttl\r\n:3600\r\n:1\r\n:2\r\n", "Array[Integer:1, Integer:2]" },
        { "%1\r\n$3\r\nkey\r\n*2\r\n%1\r\n+a\r\n_\r\n~0\r\n", "Map[BulkString:key, Array[Map[SimpleString:a, Null:(nil)], Set[]]]" },
    };

    [Theory]
    [MemberData(nameof(Frames))]
    public void TryParse_CompleteFrame_ParsesTypeAndValue(string wire, string expected)
    {
        var result = RespParser.ParseComplete(new ReadOnlySequence<byte>(Segments.Bytes(wire)));

        Assert.Equal(expected, Describe(result));
    }

    [Theory]
    [MemberData(nameof(Frames))]
    public void TryParse_EveryStrictPrefix_NeedsMoreDataAndConsumesNothing(string wire, string expected)
    {
        var bytes = Segments.Bytes(wire);
        for (var length = 0; length < bytes.Length; length++)
        {
            var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(bytes, 0, length));

            Assert.False(RespParser.TryParse(ref reader, out _), $"prefix of {length} bytes of {expected}");
            Assert.Equal(0, reader.Consumed);
        }
    }

    [Theory]
    [MemberData(nameof(Frames))]
    public void TryParse_SplitAtEveryByteBoundary_ParsesTheSame(string wire, string expected)
    {
        var bytes = Segments.Bytes(wire);
        for (var cut = 1; cut < bytes.Length; cut++)
        {
            Assert.Equal(expected, Describe(RespParser.ParseComplete(Segments.SplitAt(bytes, cut))));
            // One byte per segment around the cut stresses lines and CRLFs spanning segments.
            if (cut + 1 < bytes.Length)
                Assert.Equal(expected, Describe(RespParser.ParseComplete(Segments.SplitAt(bytes, cut, cut + 1))));
        }
    }

    [Fact]
    public void TryParse_OneBytePerSegment_ParsesEveryFrame()
    {
        foreach (var row in Frames)
        {
            var bytes = Segments.Bytes((string)row[0]);
            var sequence = Segments.Of([.. bytes.Select(b => new[] { b })]);

            Assert.Equal((string)row[1], Describe(RespParser.ParseComplete(sequence)));
        }
    }

    [Fact]
    public void TryParse_TwoFramesBackToBack_ParsesBothInOrder()
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(Segments.Bytes("+OK\r\n:5\r\n$1\r\n")));

        Assert.True(RespParser.TryParse(ref reader, out var first));
        Assert.True(RespParser.TryParse(ref reader, out var second));
        Assert.False(RespParser.TryParse(ref reader, out _));
        Assert.Equal("SimpleString:OK", Describe(first!));
        Assert.Equal("Integer:5", Describe(second!));
        Assert.Equal(9, reader.Consumed);
    }

    [Theory]
    [InlineData("?hello\r\n", "type byte")]
    [InlineData("hello\r\n", "type byte")]
    [InlineData(":12a\r\n", "integer")]
    [InlineData(":\r\n", "integer")]
    [InlineData(":99999999999999999999\r\n", "integer")]
    [InlineData("$abc\r\n", "length")]
    [InlineData("$-2\r\n", "length")]
    [InlineData("$3\r\nabcd\r\n", "CRLF")]
    [InlineData("$999999999999\r\n", "length")]
    [InlineData("*-5\r\n", "count")]
    [InlineData("*x\r\n", "count")]
    [InlineData("#x\r\n", "boolean")]
    [InlineData(",abc\r\n", "double")]
    [InlineData("(12.5\r\n", "big number")]
    [InlineData("_x\r\n", "null")]
    [InlineData("=3\r\ntxt\r\n", "Verbatim")]
    [InlineData("=5\r\ntxt-x\r\n", "Verbatim")]
    [InlineData("+OK\rX", "CR not followed by LF")]
    [InlineData("+O\nK\r\n", "LF")]
    [InlineData("$?\r\n;4\r\nHell\r\n;0\r\n", "Streamed")]
    [InlineData("*?\r\n:1\r\n.\r\n", "Streamed")]
    public void TryParse_Garbage_ThrowsProtocolErrorNamingTheProblem(string wire, string expectedInMessage)
    {
        var error = Assert.Throws<RedisProtocolException>(() => RespParser.ParseComplete(new ReadOnlySequence<byte>(Segments.Bytes(wire))));

        Assert.Contains(expectedInMessage, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TryParse_LineWithoutCrlfBeyondLimit_ThrowsInsteadOfWaitingForever()
    {
        var bytes = Segments.Bytes("+" + new string('a', RespParser.MaxLineLength + 10));

        Assert.Throws<RedisProtocolException>(() => TryParseAll(bytes));
    }

    [Fact]
    public void TryParse_NestingBeyondLimit_ThrowsInsteadOfOverflowingTheStack()
    {
        var wire = string.Concat(Enumerable.Repeat("*1\r\n", RespParser.MaxDepth + 5)) + ":1\r\n";

        Assert.Throws<RedisProtocolException>(() => TryParseAll(Segments.Bytes(wire)));
    }

    [Fact]
    public void TryParse_HugeCountWithoutData_WaitsWithoutAllocatingIt()
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(Segments.Bytes("*1000000000\r\n:1\r\n")));

        Assert.False(RespParser.TryParse(ref reader, out _));
        Assert.Equal(0, reader.Consumed);
    }

    [Fact]
    public void TryParse_RandomFramesSplitRandomly_ParseInOrder()
    {
        var random = new Random(1234);
        var frames = Enumerable.Range(0, 2000).Select(_ => RandomFrame(random, 0)).ToList();
        var stream = Segments.Bytes(string.Concat(frames.Select(f => f.Wire)));

        var parsed = FeedInChunks(stream, random, out var error);

        Assert.Null(error);
        Assert.Equal(frames.Select(f => f.Expected), parsed.Select(Describe));
    }

    [Fact]
    public void TryParse_RandomGarbageAndSplits_EndsInFramesOrProtocolErrorNeverCrashOrHang()
    {
        var random = new Random(98765);
        var protocolErrors = 0;
        for (var round = 0; round < 3000; round++)
        {
            var valid = Segments.Bytes(string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => RandomFrame(random, 0).Wire)));
            var bytes = Corrupt(valid, random);

            // FeedInChunks returns when the input is used up; any exception other than a protocol
            // error escapes and fails the test.
            FeedInChunks(bytes, random, out var error);
            if (error is not null) protocolErrors++;
        }

        Assert.True(protocolErrors > 500, $"only {protocolErrors} of 3000 corrupted inputs were detected as garbage");
    }

    [Fact]
    public void TryParse_RandomBytes_OnlyEverProtocolErrorOrNeedMore()
    {
        var random = new Random(5);
        for (var round = 0; round < 5000; round++)
        {
            var bytes = new byte[random.Next(1, 64)];
            random.NextBytes(bytes);
            if (random.Next(2) == 0) bytes[0] = (byte)"+-:$*_#,(!=%~>|"[random.Next(15)];

            FeedInChunks(bytes, random, out _);
        }
    }

    /// <summary>A reader loop in miniature: appends random-sized chunks and parses whatever is complete.</summary>
    private static List<RedisResult> FeedInChunks(byte[] stream, Random random, out RedisProtocolException? error)
    {
        var results = new List<RedisResult>();
        var buffered = new List<byte>();
        var offset = 0;
        error = null;
        while (offset < stream.Length)
        {
            var take = Math.Min(stream.Length - offset, random.Next(1, 40));
            buffered.AddRange(stream.AsSpan(offset, take).ToArray());
            offset += take;
            var sequence = RandomSegments([.. buffered], random);
            var reader = new SequenceReader<byte>(sequence);
            try
            {
                while (RespParser.TryParse(ref reader, out var result)) results.Add(result!);
            }
            catch (RedisProtocolException ex)
            {
                error = ex;
                return results;
            }
            buffered.RemoveRange(0, (int)reader.Consumed);
        }
        return results;
    }

    private static ReadOnlySequence<byte> RandomSegments(byte[] bytes, Random random)
    {
        if (bytes.Length < 2 || random.Next(3) == 0) return new ReadOnlySequence<byte>(bytes);
        var cuts = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(1, bytes.Length)).Distinct().Order().ToArray();
        return Segments.SplitAt(bytes, cuts);
    }

    private static byte[] Corrupt(byte[] valid, Random random)
    {
        var bytes = valid.ToArray();
        switch (random.Next(4))
        {
            case 0:
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                break;
            case 1:
                var junk = new byte[random.Next(1, 8)];
                random.NextBytes(junk);
                var at = random.Next(bytes.Length);
                bytes = [.. bytes[..at], .. junk, .. bytes[at..]];
                break;
            case 2:
                bytes = bytes[..random.Next(1, bytes.Length + 1)];
                break;
            default:
                bytes[random.Next(bytes.Length)] = (byte)"\r\n$*:-"[random.Next(6)];
                break;
        }
        return bytes;
    }

    private static (string Wire, string Expected) RandomFrame(Random random, int depth)
    {
        var kind = random.Next(depth > 3 ? 11 : 15);
        switch (kind)
        {
            case 0: { var s = Word(random); return ($"+{s}\r\n", $"SimpleString:{s}"); }
            case 1: { var s = Word(random); return ($"-ERR {s}\r\n", $"Error:ERR {s}"); }
            case 2: { var n = random.NextInt64(long.MinValue, long.MaxValue); return ($":{n}\r\n", $"Integer:{n}"); }
            case 3:
            {
                var s = Word(random) + (random.Next(3) == 0 ? "\r\n" + Word(random) : "");
                return ($"${Encoding.UTF8.GetByteCount(s)}\r\n{s}\r\n", $"BulkString:{s}");
            }
            case 4: return ("$-1\r\n", "BulkString:(nil)");
            case 5: return ("_\r\n", "Null:(nil)");
            case 6: return random.Next(2) == 0 ? ("#t\r\n", "Boolean:1") : ("#f\r\n", "Boolean:0");
            case 7: { var d = Math.Round(random.NextDouble() * 1000, 3); var t = d.ToString("R", System.Globalization.CultureInfo.InvariantCulture); return ($",{t}\r\n", $"Double:{t}"); }
            case 8: { var s = Word(random); return ($"!{s.Length}\r\n{s}\r\n", $"BlobError:{s}"); }
            case 9: { var s = Word(random); return ($"={s.Length + 4}\r\ntxt:{s}\r\n", $"VerbatimString:{s}"); }
            case 10: return ("*-1\r\n", "Array:(nil)");
        }
        var (prefix, name, perCount) = kind switch
        {
            11 => ('*', "Array", 1),
            12 => ('~', "Set", 1),
            13 => ('%', "Map", 2),
            _ => ('*', "Array", 1),
        };
        var count = random.Next(0, 4);
        var children = Enumerable.Range(0, count * perCount).Select(_ => RandomFrame(random, depth + 1)).ToList();
        var attribute = kind == 14 ? "|1\r\n+meta\r\n:1\r\n" : "";
        return ($"{attribute}{prefix}{count}\r\n{string.Concat(children.Select(c => c.Wire))}",
            $"{name}[{string.Join(", ", children.Select(c => c.Expected))}]");
    }

    private static string Word(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz0123456789 ";
        return new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => letters[random.Next(letters.Length)])]).Trim();
    }

    private static bool TryParseAll(byte[] bytes)
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(bytes));
        return RespParser.TryParse(ref reader, out _);
    }

    internal static string Describe(RedisResult result)
    {
        if (result.Length < 0 || result.IsNull) return $"{result.Resp3Type}:{result}";
        var items = Enumerable.Range(0, result.Length).Select(i => Describe(result[i]));
        return $"{result.Resp3Type}[{string.Join(", ", items)}]";
    }
}
