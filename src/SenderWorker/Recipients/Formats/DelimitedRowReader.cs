using System.Buffers;
using System.Runtime.CompilerServices;
using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.CampaignState.Recipients.Columns;
using WhatsAppCampaigns.CampaignState.Recipients.Formats;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Recipients.Text;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Formats;

/// <summary>Reads CSV, TSV and TXT (one number per line, no header) recipient files, streaming.</summary>
public sealed class DelimitedRowReader : IRecipientRowReader
{
    private const int SampleChars = 16 * 1024;
    private static readonly string[] TxtHeaders = ["phone"];

    // C0 controls other than tab, LF and CR never belong in a contact list; a NUL between every
    // character is UTF-16 text glued into a file in another encoding.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private readonly TextReader _text;
    private readonly DelimitedRecordParser _parser;
    private readonly Utf8OrWindows1252Encoding? _lenient;
    private readonly bool _hasHeader;
    private long _blankRows;

    private DelimitedRowReader(string file, RecipientFileFormat format, string description, TextReader text,
        DelimitedRecordParser parser, Utf8OrWindows1252Encoding? lenient, IReadOnlyList<string> headers, bool hasHeader)
    {
        File = file;
        Format = format;
        Description = description;
        _text = text;
        _parser = parser;
        _lenient = lenient;
        Headers = headers;
        _hasHeader = hasHeader;
    }

    /// <inheritdoc/>
    public string File { get; }

    /// <inheritdoc/>
    public RecipientFileFormat Format { get; }

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Headers { get; }

    /// <inheritdoc/>
    public long BlankRowsSkipped => _blankRows;

    /// <inheritdoc/>
    public long FallbackBytes => _lenient?.FallbackBytes ?? 0;

    /// <summary>Opens decoded text: settles the format (CSV/TSV/TXT), the delimiter, and reads the header.</summary>
    /// <param name="file">The file as people know it.</param>
    /// <param name="text">The decoded text; owned (disposed) by the reader.</param>
    /// <param name="format">The declared format; <see cref="RecipientFileFormat.Auto"/> detects CSV or TXT.</param>
    /// <param name="encodingDescription">How the bytes were decoded, for <see cref="Description"/>.</param>
    /// <param name="lenient">The decoding encoding, when it counts Windows-1252 fallbacks.</param>
    /// <param name="limits">Caps on cells and rows.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="RecipientFileException">Only blank lines, or an unreadable header.</exception>
    public static async Task<DelimitedRowReader> OpenAsync(string file, TextReader text, RecipientFileFormat format,
        string encodingDescription, Utf8OrWindows1252Encoding? lenient, RecipientReaderLimits limits,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        var sample = new char[SampleChars];
        var sampled = await text.ReadBlockAsync(sample.AsMemory(), cancellationToken);
        var sampleText = new string(sample, 0, sampled).TrimStart('\uFEFF');
        var reader = new PrefixedTextReader(sample.AsMemory(0, sampled), text);
        var delimiter = format switch
        {
            RecipientFileFormat.Tsv => '\t',
            RecipientFileFormat.Txt => (char?)null,
            _ => DelimiterDetector.Detect(sampleText),
        };
        if (format == RecipientFileFormat.Auto)
        {
            // A one-column file is a CSV when its first line names a phone column, else one number per line.
            format = delimiter is not null || PhoneColumnAliases.PreferenceOf(FirstLine(sampleText.TrimStart())) is not null
                ? RecipientFileFormat.Csv
                : RecipientFileFormat.Txt;
        }
        var parser = new DelimitedRecordParser(reader, delimiter, quotes: format != RecipientFileFormat.Txt, limits);
        var what = format switch
        {
            RecipientFileFormat.Txt => "TXT (one number per line)",
            RecipientFileFormat.Tsv => "TSV",
            _ => delimiter is { } d ? $"CSV, delimiter {Describe(d)}" : "CSV, one column",
        };
        var description = $"{what}, {encodingDescription}";
        if (format == RecipientFileFormat.Txt)
        {
            // A declared TXT whose first line is a column title ("phone") has a header after all.
            var hasTitle = PhoneColumnAliases.PreferenceOf(FirstLine(sampleText.TrimStart())) is not null;
            var txt = new DelimitedRowReader(file, format, description, reader, parser, lenient, TxtHeaders, hasHeader: false);
            if (hasTitle) await SkipTitleAsync(txt, cancellationToken);
            return txt;
        }

        var skipped = 0L;
        while (true)
        {
            var header = await parser.ReadAsync(cancellationToken)
                ?? throw new RecipientFileException(file, skipped == 0
                    ? "the file has no rows (it is empty after decoding)"
                    : $"the file has only blank lines ({skipped:N0}); expected a header row and recipients");
            if (header.Problem is { } problem)
                throw new RecipientFileException(file, $"the header row (row {header.RowNumber}) cannot be read: {problem.Message}");
            if (IsBlank(header.Fields))
            {
                skipped++;
                continue;
            }
            var headers = header.Fields.Select((h, i) => (i == 0 ? h.TrimStart('\uFEFF') : h).Trim()).ToArray();
            return new DelimitedRowReader(file, format, description, reader, parser, lenient, headers, hasHeader: true)
            {
                _blankRows = skipped,
            };
        }
    }

    private static async Task SkipTitleAsync(DelimitedRowReader txt, CancellationToken cancellationToken)
    {
        while (await txt._parser.ReadAsync(cancellationToken) is { } record)
        {
            if (record.Problem is null && IsBlank(record.Fields))
            {
                txt._blankRows++;
                continue;
            }
            return;
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<RecipientRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await _parser.ReadAsync(cancellationToken) is { } record)
        {
            if (record.Problem is { } problem)
            {
                yield return new RecipientRow(record.RowNumber, [], problem);
                continue;
            }
            if (IsBlank(record.Fields))
            {
                _blankRows++;
                continue;
            }
            yield return new RecipientRow(record.RowNumber, record.Fields, ControlCharacters(record.Fields) ?? ExtraFields(record.Fields));
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _text.Dispose();
        return ValueTask.CompletedTask;
    }

    // More cells than the header usually means an unquoted delimiter inside a value ("Doe, John"):
    // every later cell would feed the wrong variable, so the row is refused rather than guessed.
    private RowProblem? ExtraFields(string[] fields)
    {
        if (!_hasHeader || fields.Length <= Headers.Count) return null;
        for (var i = Headers.Count; i < fields.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(fields[i]))
            {
                return new RowProblem(RowProblemCodes.ExtraFields,
                    $"the row has {fields.Length} cells but the header has {Headers.Count} (an unquoted delimiter inside a value?)");
            }
        }
        return null;
    }

    private static RowProblem? ControlCharacters(string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].AsSpan().IndexOfAny(Controls) >= 0)
            {
                return new RowProblem(RowProblemCodes.ControlCharacters,
                    $"cell {i + 1} contains control characters such as NUL (text in another encoding, e.g. UTF-16, glued into the file?)");
            }
        }
        return null;
    }

    private static bool IsBlank(string[] fields) => fields.All(string.IsNullOrWhiteSpace);

    private static string FirstLine(string sample)
    {
        var end = sample.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? sample : sample[..end];
    }

    private static string Describe(char delimiter) => delimiter switch
    {
        '\t' => "tab",
        _ => $"'{delimiter}'",
    };
}
