using System.Buffers;
using System.Globalization;
using System.Text;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Formats;

/// <summary>
/// Streams RFC 4180 records from text: optional delimiter, double-quoted fields with "" escapes and
/// embedded newlines, CRLF/LF/CR line ends. Memory is bounded by the limits, never by the input:
/// a field or record over its cap is dropped with a <see cref="RowProblem"/>, and parsing resumes
/// at the next physical line (quotes ignored while skipping, so one stray quote costs at most one
/// capped record, not the rest of the file).
/// </summary>
/// <remarks>
/// Written here rather than with CsvHelper or Sylvan.Data.Csv because both either hold a whole
/// record in their buffer (a 100 MB line of short fields held whole) or, with their cap set, stop
/// reading the file at the first oversized record; measured in ../README.md.
/// </remarks>
public sealed class DelimitedRecordParser
{
    private const int BufferSize = 32 * 1024;
    private readonly TextReader _reader;
    private readonly char? _delimiter;
    private readonly bool _quotes;
    private readonly RecipientReaderLimits _limits;
    private readonly SearchValues<char> _plainStops;
    private readonly SearchValues<char> _quotedStops = SearchValues.Create("\"\n");
    private readonly char[] _buffer = new char[BufferSize];
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private int _position;
    private int _length;
    private bool _endOfInput;
    private long _line = 1;
    private long _row;

    /// <summary>Creates a parser.</summary>
    /// <param name="reader">The decoded text.</param>
    /// <param name="delimiter">The field delimiter; null reads each line as one field.</param>
    /// <param name="quotes">Whether double quotes delimit fields (off for one-number-per-line text).</param>
    /// <param name="limits">Caps on field and record size.</param>
    public DelimitedRecordParser(TextReader reader, char? delimiter, bool quotes, RecipientReaderLimits limits)
    {
        _reader = reader;
        _delimiter = delimiter;
        _quotes = quotes;
        _limits = limits;
        // Characters that end a run of ordinary text; everything between them is copied in one go.
        _plainStops = SearchValues.Create((delimiter is { } d ? d.ToString() : "") + "\n\r" + (quotes ? "\"" : ""));
    }

    /// <summary>Reads the next record; null at the end of the input.</summary>
    public async ValueTask<ParsedRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        _fields.Clear();
        _field.Clear();
        var startLine = _line;
        var row = _row + 1;
        var recordLength = 0;
        var inQuotes = false;
        var quotedField = false;
        var any = false;
        while (true)
        {
            if (_position == _length && !await FillAsync(cancellationToken))
            {
                if (!any) return null;
                if (inQuotes)
                {
                    return Drop(startLine, RowProblemCodes.UnterminatedQuote,
                        $"a quoted cell opened in row {row}{(row == startLine ? "" : $" (text line {startLine})")} never closes before the end of the file");
                }
                EndField();
                return Record(startLine);
            }
            any = true;
            var run = Run(inQuotes ? _quotedStops : _plainStops, recordLength);
            if (run > 0)
            {
                recordLength += run;
                if (Exceeded(recordLength) is { } exceeded)
                    return await SkipLineAsync(startLine, exceeded.Code, exceeded.Message, cancellationToken);
                continue;
            }
            var c = _buffer[_position++];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (await PeekAsync(cancellationToken) == '"')
                    {
                        _position++;
                    }
                    else
                    {
                        inQuotes = false;
                        continue;
                    }
                }
                else if (c == '\n')
                {
                    _line++;
                }
            }
            else if (c == _delimiter)
            {
                EndField();
                quotedField = false;
                if (_fields.Count >= _limits.MaxFields)
                {
                    return await SkipLineAsync(startLine, RowProblemCodes.TooManyFields,
                        $"more than {_limits.MaxFields:N0} cells", cancellationToken);
                }
                continue;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && await PeekAsync(cancellationToken) == '\n') _position++;
                _line++;
                EndField();
                return Record(startLine);
            }
            else if (c == '"' && _quotes && _field.Length == 0 && !quotedField)
            {
                inQuotes = true;
                quotedField = true;
                continue;
            }
            _field.Append(c);
            recordLength++;
            if (Exceeded(recordLength) is { } over)
                return await SkipLineAsync(startLine, over.Code, over.Message, cancellationToken);
        }
    }

    // Copies ordinary characters up to the next stop character (at most one past a cap, so an
    // oversized cell is noticed without buffering it) and returns how many were copied.
    private int Run(SearchValues<char> stops, int recordLength)
    {
        var span = _buffer.AsSpan(_position, _length - _position);
        var stop = span.IndexOfAny(stops);
        var run = stop < 0 ? span.Length : stop;
        var room = Math.Min(_limits.MaxFieldLength - _field.Length, _limits.MaxRecordLength - recordLength) + 1;
        run = Math.Min(run, Math.Max(room, 1));
        if (run == 0) return 0;
        _field.Append(span[..run]);
        _position += run;
        return run;
    }

    private RowProblem? Exceeded(int recordLength)
    {
        if (_field.Length > _limits.MaxFieldLength)
        {
            return new RowProblem(RowProblemCodes.FieldTooLong,
                $"cell {_fields.Count + 1} is longer than {_limits.MaxFieldLength:N0} characters");
        }
        return recordLength > _limits.MaxRecordLength
            ? new RowProblem(RowProblemCodes.RowTooLong, $"the row is longer than {_limits.MaxRecordLength:N0} characters")
            : null;
    }

    private void EndField()
    {
        _fields.Add(_field.ToString());
        _field.Clear();
    }

    private ParsedRecord Record(long startLine) => new(++_row, startLine, [.. _fields], null);

    private ParsedRecord Drop(long startLine, string code, string message)
    {
        _fields.Clear();
        _field.Clear();
        return new ParsedRecord(++_row, startLine, [], new RowProblem(code, message));
    }

    // Discards the rest of the physical line without keeping it, so an oversized line costs no memory.
    private async ValueTask<ParsedRecord> SkipLineAsync(long startLine, string code, string message,
        CancellationToken cancellationToken)
    {
        while (_position < _length || await FillAsync(cancellationToken))
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            var end = span.IndexOfAny('\n', '\r');
            if (end < 0)
            {
                _position = _length;
                continue;
            }
            _position += end + 1;
            if (span[end] == '\r' && await PeekAsync(cancellationToken) == '\n') _position++;
            _line++;
            break;
        }
        var lines = _line - startLine;
        var where = lines > 1 ? string.Create(CultureInfo.InvariantCulture, $" (text lines {startLine}-{_line - 1})") : "";
        return Drop(startLine, code, $"{message}{where}; the row was skipped");
    }

    private async ValueTask<int> PeekAsync(CancellationToken cancellationToken)
    {
        if (_position == _length && !await FillAsync(cancellationToken)) return -1;
        return _buffer[_position];
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_endOfInput) return false;
        _length = await _reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
        _position = 0;
        if (_length == 0) _endOfInput = true;
        return _length > 0;
    }
}
