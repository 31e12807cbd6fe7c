using System.Text;
using WhatsAppCampaigns.SenderWorker.Recipients.Text;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Text;

public sealed class Utf8OrWindows1252EncodingTests
{
    [Theory]
    [InlineData(new byte[] { 0x4A, 0x6F, 0x73, 0xC3, 0xA9 }, "José", 0)]             // UTF-8
    [InlineData(new byte[] { 0x4A, 0x6F, 0x73, 0xE9 }, "José", 1)]                   // Windows-1252
    [InlineData(new byte[] { 0xE2, 0x82, 0xAC, 0x80 }, "€€", 1)]                     // UTF-8 euro, then 1252 euro
    [InlineData(new byte[] { 0xD7, 0xA9, 0xD7, 0x9C }, "של", 0)]                     // Hebrew in UTF-8
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, "\U0001F600", 0)]            // 4-byte sequence
    [InlineData(new byte[] { 0xC0, 0xAF }, "À¯", 2)]                                 // overlong '/' is not UTF-8
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "í\u00A0€", 3)]                     // encoded surrogate is not UTF-8
    [InlineData(new byte[] { 0xE2, 0x82 }, "â‚", 2)]                                 // cut-off sequence at the end
    public void GetString_MixedBytes_DecodesUtf8AndFallsBackPerByte(byte[] bytes, string expected, long fallbacks)
    {
        var encoding = new Utf8OrWindows1252Encoding();

        var text = encoding.GetString(bytes);

        Assert.Equal(expected, text);
        Assert.Equal(fallbacks, encoding.FallbackBytes);
    }

    [Fact]
    public void StreamReader_SequenceSplitAcrossReads_IsDecodedWhole()
    {
        var bytes = "ab\u00E9\u20AC\U0001F600z"u8.ToArray();
        var encoding = new Utf8OrWindows1252Encoding();
        using var reader = new StreamReader(new OneByteAtATimeStream(bytes), encoding, false, 1);

        Assert.Equal("ab\u00E9\u20AC\U0001F600z", reader.ReadToEnd());
        Assert.Equal(0, encoding.FallbackBytes);
    }

    [Fact]
    public void StreamReader_TruncatedSequenceAtEndOfStream_IsFlushedAsWindows1252()
    {
        var encoding = new Utf8OrWindows1252Encoding();
        using var reader = new StreamReader(new MemoryStream([0x61, 0xE2, 0x82]), encoding, false);

        Assert.Equal("aâ‚", reader.ReadToEnd());
    }

    private sealed class OneByteAtATimeStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);
    }
}
