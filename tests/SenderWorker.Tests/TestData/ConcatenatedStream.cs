namespace WhatsAppCampaigns.SenderWorker.Tests.TestData;

/// <summary>
/// Bytes from parts produced one after another, some of them repeated filler, so a test can build
/// a file with a 100 MB line without holding 100 MB.
/// </summary>
public sealed class ConcatenatedStream(params (byte[] Bytes, long Repeat)[] parts) : ForwardOnlyStream
{
    private int _part;
    private long _offsetInPart;

    public static (byte[], long) Once(byte[] bytes) => (bytes, 1);

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _part < parts.Length)
        {
            var (bytes, repeat) = parts[_part];
            var total = bytes.Length * repeat;
            if (_offsetInPart >= total)
            {
                _part++;
                _offsetInPart = 0;
                continue;
            }
            var inChunk = (int)(_offsetInPart % bytes.Length);
            var n = Math.Min(buffer.Length - written, bytes.Length - inChunk);
            bytes.AsSpan(inChunk, n).CopyTo(buffer[written..]);
            written += n;
            _offsetInPart += n;
        }
        return written;
    }
}
