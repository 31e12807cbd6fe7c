namespace WhatsAppCampaigns.SenderWorker.Tests.TestData;

/// <summary>
/// Bytes from parts produced one after another, some of them repeated filler, so a test can build
/// a file with a 100 MB line without holding 100 MB.
/// </summary>
public sealed class ConcatenatedStream(params (byte[] Bytes, long Repeat)[] parts) : Stream
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

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
