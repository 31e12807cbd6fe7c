using System.Buffers;
using System.Text;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>
/// Rewrites JSON the way Meta's payloads look on the wire: every non-ASCII character as a
/// <c>\uXXXX</c> escape with lowercase hex (surrogate pairs for characters beyond the BMP), and
/// any escape the writer already produced lowercased too. The signature is computed over the
/// result, so receivers that re-encode parsed JSON cannot reproduce it (reference §4.5).
/// </summary>
internal static class MetaJsonEscaper
{
    public static byte[] Escape(ReadOnlySpan<byte> json)
    {
        var output = new ArrayBufferWriter<byte>(json.Length + 16);
        Span<char> units = stackalloc char[2];
        var i = 0;
        while (i < json.Length)
        {
            var b = json[i];
            if (b == (byte)'\\' && i + 1 < json.Length)
            {
                if (json[i + 1] == (byte)'u' && i + 5 < json.Length)
                {
                    Write(output, json.Slice(i, 2));
                    for (var k = 2; k < 6; k++) WriteByte(output, ToLower(json[i + k]));
                    i += 6;
                }
                else
                {
                    Write(output, json.Slice(i, 2)); // \\ \" \n …: keep both bytes so \\u is not misread
                    i += 2;
                }
            }
            else if (b < 0x80)
            {
                WriteByte(output, b);
                i++;
            }
            else
            {
                Rune.DecodeFromUtf8(json[i..], out var rune, out var consumed);
                var count = rune.EncodeToUtf16(units);
                for (var k = 0; k < count; k++) WriteEscape(output, units[k]);
                i += consumed;
            }
        }
        return output.WrittenSpan.ToArray();
    }

    private static void WriteEscape(ArrayBufferWriter<byte> output, char unit)
    {
        const string hex = "0123456789abcdef";
        var span = output.GetSpan(6);
        span[0] = (byte)'\\';
        span[1] = (byte)'u';
        span[2] = (byte)hex[unit >> 12];
        span[3] = (byte)hex[(unit >> 8) & 0xF];
        span[4] = (byte)hex[(unit >> 4) & 0xF];
        span[5] = (byte)hex[unit & 0xF];
        output.Advance(6);
    }

    private static byte ToLower(byte b) => b is >= (byte)'A' and <= (byte)'F' ? (byte)(b + 32) : b;

    private static void WriteByte(ArrayBufferWriter<byte> output, byte b)
    {
        output.GetSpan(1)[0] = b;
        output.Advance(1);
    }

    private static void Write(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> bytes) => output.Write(bytes);
}
