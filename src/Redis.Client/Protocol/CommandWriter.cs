using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Redis.Client.Protocol;

/// <summary>
/// Pure RESP request formatter: every request is an array of bulk strings
/// (<c>*2\r\n$3\r\nGET\r\n$1\r\nk\r\n</c>). Writes straight into a reusable buffer, so a pipelined
/// command costs no allocation beyond its arguments.
/// </summary>
internal static class CommandWriter
{
    /// <summary>Writes a whole command: its name followed by its arguments.</summary>
    public static void WriteCommand(IBufferWriter<byte> output, ReadOnlySpan<byte> command, ReadOnlySpan<RedisValue> args)
    {
        WriteHeader(output, '*', 1 + args.Length);
        WriteBulk(output, command);
        foreach (var arg in args) WriteBulk(output, arg);
    }

    /// <summary>Writes a whole command whose name is text (the <c>ExecuteAsync</c> escape hatch).</summary>
    public static void WriteCommand(IBufferWriter<byte> output, string command, ReadOnlySpan<RedisValue> args)
    {
        WriteHeader(output, '*', 1 + args.Length);
        WriteBulk(output, command);
        foreach (var arg in args) WriteBulk(output, arg);
    }

    /// <summary>Writes one argument as a bulk string.</summary>
    public static void WriteBulk(IBufferWriter<byte> output, RedisValue value)
    {
        switch (value.RawObject)
        {
            case null:
                // A null argument is sent as the empty string, like StackExchange.Redis does.
                WriteBulk(output, ReadOnlySpan<byte>.Empty);
                return;
            case string s:
                WriteBulk(output, s);
                return;
            case byte[] b:
                WriteBulk(output, b);
                return;
        }
        Span<byte> number = stackalloc byte[32];
        int written;
        if (value.IsInteger)
        {
            Utf8Formatter.TryFormat(value.RawInt64, number, out written);
        }
        else
        {
            var text = RedisValue.FormatDouble(value.RawDouble);
            written = Encoding.ASCII.GetBytes(text, number);
        }
        WriteBulk(output, number[..written]);
    }

    private static void WriteBulk(IBufferWriter<byte> output, string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        WriteHeader(output, '$', length);
        var span = output.GetSpan(length + 2);
        Encoding.UTF8.GetBytes(text, span);
        span[length] = (byte)'\r';
        span[length + 1] = (byte)'\n';
        output.Advance(length + 2);
    }

    private static void WriteBulk(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        WriteHeader(output, '$', bytes.Length);
        var span = output.GetSpan(bytes.Length + 2);
        bytes.CopyTo(span);
        span[bytes.Length] = (byte)'\r';
        span[bytes.Length + 1] = (byte)'\n';
        output.Advance(bytes.Length + 2);
    }

    private static void WriteHeader(IBufferWriter<byte> output, char prefix, int count)
    {
        var span = output.GetSpan(16);
        span[0] = (byte)prefix;
        Utf8Formatter.TryFormat(count, span[1..], out var written);
        span[1 + written] = (byte)'\r';
        span[2 + written] = (byte)'\n';
        output.Advance(3 + written);
    }
}
