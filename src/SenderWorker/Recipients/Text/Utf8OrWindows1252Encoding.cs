using System.Text;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Text;

/// <summary>
/// Decodes UTF-8, and reads every byte that is not part of a valid UTF-8 sequence as Windows-1252.
/// </summary>
/// <remarks>
/// Contact lists are often glued together from several exports, so one file can hold UTF-8 rows and
/// Windows-1252 rows ("mixed encodings"). Deciding once per file would garble one half; deciding per
/// byte sequence reads both correctly, because Windows-1252 text almost never forms valid multi-byte
/// UTF-8 by accident (it would need e.g. "Ã©" in a row). Only decoding is supported: the sender never
/// writes files. <see cref="FallbackBytes"/> counts the bytes read as Windows-1252, for the summary.
/// </remarks>
public sealed class Utf8OrWindows1252Encoding : Encoding
{
    // Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five undefined bytes map to the C1
    // control of the same value, as Windows' own MultiByteToWideChar does.
    private static readonly char[] HighControls =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private long _fallbackBytes;

    /// <summary>Bytes so far that were not valid UTF-8 and were read as Windows-1252.</summary>
    public long FallbackBytes => Interlocked.Read(ref _fallbackBytes);

    /// <inheritdoc/>
    public override string EncodingName => "UTF-8 (invalid bytes as Windows-1252)";

    /// <inheritdoc/>
    public override string WebName => "utf-8";

    /// <inheritdoc/>
    public override int GetByteCount(char[] chars, int index, int count) => UTF8.GetByteCount(chars, index, count);

    /// <inheritdoc/>
    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        UTF8.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    /// <inheritdoc/>
    public override int GetCharCount(byte[] bytes, int index, int count) =>
        Decode(bytes.AsSpan(index, count), [], flush: true, countOnly: true, out _, ref _fallbackBytes);

    /// <inheritdoc/>
    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        Decode(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex), flush: true, countOnly: false, out _, ref _fallbackBytes);

    /// <inheritdoc/>
    public override int GetMaxByteCount(int charCount) => (charCount + 1) * 3;

    /// <inheritdoc/>
    public override int GetMaxCharCount(int byteCount) => byteCount + 4; // each byte gives at most one char, plus up to 3 held back

    /// <inheritdoc/>
    public override Decoder GetDecoder() => new FallbackDecoder(this);

    /// <inheritdoc/>
    public override byte[] GetPreamble() => [];

    private static char Windows1252(byte b) => b is >= 0x80 and <= 0x9F ? HighControls[b - 0x80] : (char)b;

    /// <summary>
    /// Decodes <paramref name="input"/>; when <paramref name="flush"/> is false an incomplete but so far
    /// valid sequence at the end is left unconsumed (<paramref name="consumed"/> stops before it).
    /// </summary>
    private static int Decode(ReadOnlySpan<byte> input, Span<char> output, bool flush, bool countOnly,
        out int consumed, ref long fallbackBytes)
    {
        var i = 0;
        var o = 0;
        long fallbacks = 0;
        while (i < input.Length)
        {
            var b = input[i];
            if (b < 0x80)
            {
                if (!countOnly) output[o] = (char)b;
                o++;
                i++;
                continue;
            }
            var need = b switch
            {
                >= 0xC2 and <= 0xDF => 1,
                >= 0xE0 and <= 0xEF => 2,
                >= 0xF0 and <= 0xF4 => 3,
                _ => 0,
            };
            var valid = need > 0;
            var available = Math.Min(need, input.Length - i - 1);
            for (var k = 1; valid && k <= available; k++)
                valid = IsContinuation(b, k, input[i + k]);
            if (valid && available < need)
            {
                if (!flush) break; // wait for the rest of the sequence
                valid = false;
            }
            if (!valid)
            {
                if (!countOnly) output[o] = Windows1252(b);
                o++;
                i++;
                fallbacks++;
                continue;
            }
            var codePoint = need switch
            {
                1 => ((b & 0x1F) << 6) | (input[i + 1] & 0x3F),
                2 => ((b & 0x0F) << 12) | ((input[i + 1] & 0x3F) << 6) | (input[i + 2] & 0x3F),
                _ => ((b & 0x07) << 18) | ((input[i + 1] & 0x3F) << 12) | ((input[i + 2] & 0x3F) << 6) | (input[i + 3] & 0x3F),
            };
            if (codePoint >= 0x10000)
            {
                if (!countOnly)
                {
                    codePoint -= 0x10000;
                    output[o] = (char)(0xD800 + (codePoint >> 10));
                    output[o + 1] = (char)(0xDC00 + (codePoint & 0x3FF));
                }
                o += 2;
            }
            else
            {
                if (!countOnly) output[o] = (char)codePoint;
                o++;
            }
            i += need + 1;
        }
        consumed = i;
        if (!countOnly) fallbackBytes += fallbacks;
        return o;
    }

    // The second byte's range depends on the lead byte: it excludes overlong forms (E0, F0),
    // UTF-16 surrogates (ED) and code points above U+10FFFF (F4). Later bytes are plain 80-BF.
    private static bool IsContinuation(byte lead, int position, byte b) => position != 1
        ? b is >= 0x80 and <= 0xBF
        : lead switch
        {
            0xE0 => b is >= 0xA0 and <= 0xBF,
            0xED => b is >= 0x80 and <= 0x9F,
            0xF0 => b is >= 0x90 and <= 0xBF,
            0xF4 => b is >= 0x80 and <= 0x8F,
            _ => b is >= 0x80 and <= 0xBF,
        };

    private sealed class FallbackDecoder(Utf8OrWindows1252Encoding owner) : Decoder
    {
        private readonly byte[] _pending = new byte[3];
        private int _pendingCount;

        public override void Reset() => _pendingCount = 0;

        public override int GetCharCount(byte[] bytes, int index, int count) => GetCharCount(bytes, index, count, flush: false);

        public override int GetCharCount(byte[] bytes, int index, int count, bool flush)
        {
            long ignored = 0;
            return Decode(Joined(bytes.AsSpan(index, count)), [], flush, countOnly: true, out _, ref ignored);
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
            GetChars(bytes, byteIndex, byteCount, chars, charIndex, flush: false);

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush) =>
            GetChars(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex), flush);

        public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush)
        {
            var input = Joined(bytes);
            var written = Decode(input, chars, flush, countOnly: false, out var consumed, ref owner._fallbackBytes);
            var rest = input[consumed..];
            rest.CopyTo(_pending);
            _pendingCount = rest.Length;
            return written;
        }

        private ReadOnlySpan<byte> Joined(ReadOnlySpan<byte> bytes)
        {
            if (_pendingCount == 0) return bytes;
            // At most once per buffer fill (only when a sequence straddled the previous buffer).
            var joined = new byte[_pendingCount + bytes.Length];
            _pending.AsSpan(0, _pendingCount).CopyTo(joined);
            bytes.CopyTo(joined.AsSpan(_pendingCount));
            return joined;
        }
    }
}
