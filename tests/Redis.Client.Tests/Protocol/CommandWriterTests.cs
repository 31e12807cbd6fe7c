using System.Buffers;
using System.Text;
using Redis.Client.Protocol;

namespace Redis.Client.Tests.Protocol;

public class CommandWriterTests
{
    [Fact]
    public void WriteCommand_SetWithExpiryAndCondition_IsAnArrayOfBulkStrings()
    {
        var wire = Write("SET"u8, ["k", "v", "PX", 30000, "NX"]);

        Assert.Equal("*6\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n$2\r\nPX\r\n$5\r\n30000\r\n$2\r\nNX\r\n", wire);
    }

    [Fact]
    public void WriteCommand_NonAsciiText_UsesUtf8ByteLength()
    {
        Assert.Equal("*2\r\n$3\r\nGET\r\n$6\r\nh\u00e9llo\r\n", Write("GET"u8, ["h\u00e9llo"]));
    }

    [Fact]
    public void WriteCommand_NumbersBytesEmptyAndNull_AreFormattedInvariantly()
    {
        var wire = Write("X"u8, [-42L, 1.5, double.PositiveInfinity, new byte[] { 0, 13, 10 }, "", RedisValue.Null, true]);

        Assert.Equal("*8\r\n$1\r\nX\r\n$3\r\n-42\r\n$3\r\n1.5\r\n$4\r\n+inf\r\n$3\r\n\0\r\n\r\n$0\r\n\r\n$0\r\n\r\n$1\r\n1\r\n", wire);
    }

    [Fact]
    public void WriteCommand_LargeValue_GrowsTheBuffer()
    {
        var big = new string('x', 100_000);

        var wire = Write("SET"u8, ["k", big]);

        Assert.EndsWith($"$100000\r\n{big}\r\n", wire);
    }

    [Fact]
    public void WriteCommand_WrittenBytes_ParseBackAsTheSameArray()
    {
        var buffer = new ArrayBufferWriter<byte>();
        CommandWriter.WriteCommand(buffer, "SADD"u8, ["dedupe:{campaign:1}:sent", "+5511900000001", "+5511900000002"]);

        var parsed = RespParser.ParseComplete(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        Assert.Equal(new[] { "SADD", "dedupe:{campaign:1}:sent", "+5511900000001", "+5511900000002" }, (string?[]?)parsed);
    }

    private static string Write(ReadOnlySpan<byte> command, ReadOnlySpan<RedisValue> args)
    {
        var buffer = new ArrayBufferWriter<byte>(4);
        CommandWriter.WriteCommand(buffer, command, args);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
