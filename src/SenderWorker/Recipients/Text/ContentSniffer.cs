using System.Text;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Text;

/// <summary>
/// Decides from a file's first bytes whether it is text (and in which encoding), a workbook, or
/// binary; pure. Order: signatures of containers and common binaries, byte order marks, UTF-16
/// without BOM (NUL in every other byte), then NUL or control bytes mean binary, else UTF-8 with
/// Windows-1252 for invalid bytes.
/// </summary>
public static class ContentSniffer
{
    /// <summary>Bytes to look at; enough for a BOM, signatures and a few lines of text.</summary>
    public const int SampleSize = 8 * 1024;

    private static readonly (byte[] Magic, string What)[] BinarySignatures =
    [
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF], "a 7-Zip archive"),
        ("\u007FELF"u8.ToArray(), "an executable"),
        ("MZ"u8.ToArray(), "a Windows executable"),
    ];

    /// <summary>Classifies <paramref name="head"/>, the first up to <see cref="SampleSize"/> bytes.</summary>
    /// <param name="head">The first bytes of the content.</param>
    /// <param name="declared">An encoding the campaign names; it wins over detection for text.</param>
    public static SniffResult Sniff(ReadOnlySpan<byte> head, Encoding? declared = null)
    {
        if (head.IsEmpty) return new(ContentKind.Empty, null, 0, "empty");
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
            return new(ContentKind.Zip, null, 0, "a ZIP archive");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return new(ContentKind.LegacyExcel, null, 0, "an OLE2 compound file (legacy .xls)");
        foreach (var (magic, what) in BinarySignatures)
        {
            if (head.StartsWith(magic)) return new(ContentKind.Binary, null, 0, what);
        }
        if (declared is not null) return new(ContentKind.Text, declared, Bom(head, declared), declared.WebName + " (declared)");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
            return new(ContentKind.Text, new UTF32Encoding(false, false), 4, "UTF-32 LE (BOM)");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new(ContentKind.Text, new Utf8OrWindows1252Encoding(), 3, "UTF-8 (BOM)");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(ContentKind.Text, new UnicodeEncoding(false, false), 2, "UTF-16 LE (BOM)");
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(ContentKind.Text, new UnicodeEncoding(true, false), 2, "UTF-16 BE (BOM)");
        if (Utf16WithoutBom(head) is { } utf16) return utf16;
        var nul = head.IndexOf((byte)0);
        if (nul >= 0) return new(ContentKind.Binary, null, 0, $"binary data (a NUL byte at offset {nul})",
                "if it is UTF-16 text without a byte order mark, set recipients.encoding to utf-16");
        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A)) controls++;
        }
        // Text exports carry no control bytes besides tab, CR, LF (and the odd form feed or DOS
        // end-of-file mark); a few percent of them is a binary format we do not know.
        if (controls * 20 > head.Length) return new(ContentKind.Binary, null, 0, "binary data (control bytes)");
        return new(ContentKind.Text, new Utf8OrWindows1252Encoding(), 0, "UTF-8");
    }

    private static int Bom(ReadOnlySpan<byte> head, Encoding encoding)
    {
        var preamble = encoding.Preamble;
        return preamble.Length > 0 && head.StartsWith(preamble) ? preamble.Length : 0;
    }

    // ASCII-range text in UTF-16 has a NUL in every other byte; Notepad and some exporters write
    // it without a BOM. Require most pairs to look like that: a lower bar would also take UTF-16
    // glued behind a short UTF-8 part for UTF-16, and decode the UTF-8 part as garbage. Text mostly
    // in Hebrew or Arabic (whose UTF-16 units have no NUL byte) may miss the bar; the binary error
    // then says to declare the encoding.
    private static SniffResult? Utf16WithoutBom(ReadOnlySpan<byte> head)
    {
        var pairs = head.Length / 2;
        if (pairs < 2) return null;
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) evenNul++;
            if (head[i + 1] == 0) oddNul++;
        }
        if (oddNul * 10 >= pairs * 6 && evenNul * 20 <= pairs)
            return new(ContentKind.Text, new UnicodeEncoding(false, false), 0, "UTF-16 LE (no BOM)");
        if (evenNul * 10 >= pairs * 6 && oddNul * 20 <= pairs)
            return new(ContentKind.Text, new UnicodeEncoding(true, false), 0, "UTF-16 BE (no BOM)");
        return null;
    }
}
