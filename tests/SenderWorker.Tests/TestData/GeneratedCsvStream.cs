using System.Globalization;
using System.Text;

namespace WhatsAppCampaigns.SenderWorker.Tests.TestData;

/// <summary>
/// A CSV produced on the fly, never held whole: a header line, then <c>rows</c> fixed-width rows
/// ("+9725" + 8 digits, "Name" + 7 digits). Counts the bytes handed out, so a test can check how
/// far ahead of its consumer a reader has read.
/// </summary>
public sealed class GeneratedCsvStream(long rows) : ForwardOnlyStream
{
    public static readonly byte[] Header = "phone,name\n"u8.ToArray();
    public const int RowLength = 13 + 1 + 11 + 1; // "+972500000001,Name0000001\n"

    private readonly byte[] _row = new byte[RowLength];
    private long _position;

    public long BytesRead => _position;

    public long Length_ => Header.Length + (rows * RowLength);

    /// <summary>Bytes up to and including data row <paramref name="index"/> (0-based).</summary>
    public static long BytesThroughRow(long index) => Header.Length + ((index + 1) * RowLength);

    public static string PhoneOf(long index) => "+9725" + (index + 1).ToString("D8", CultureInfo.InvariantCulture);

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < Length_)
        {
            if (_position < Header.Length)
            {
                var n = (int)Math.Min(buffer.Length - written, Header.Length - _position);
                Header.AsSpan((int)_position, n).CopyTo(buffer[written..]);
                written += n;
                _position += n;
                continue;
            }
            var offsetInRows = _position - Header.Length;
            var index = offsetInRows / RowLength;
            var inRow = (int)(offsetInRows % RowLength);
            Encoding.ASCII.GetBytes(PhoneOf(index) + ",Name" + (index + 1).ToString("D7", CultureInfo.InvariantCulture) + "\n", _row);
            var count = Math.Min(buffer.Length - written, RowLength - inRow);
            _row.AsSpan(inRow, count).CopyTo(buffer[written..]);
            written += count;
            _position += count;
        }
        return written;
    }

    public override long Position { get => _position; set => throw new NotSupportedException(); }
}
