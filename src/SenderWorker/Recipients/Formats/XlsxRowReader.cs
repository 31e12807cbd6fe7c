using System.Globalization;
using System.Runtime.CompilerServices;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Recipients.Text;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Formats;

/// <summary>
/// Reads the first sheet of an XLSX (or legacy XLS) workbook with ExcelDataReader, which streams
/// the sheet XML row by row (the shared-strings table is the only part held whole).
/// </summary>
public sealed class XlsxRowReader : IRecipientRowReader
{
    private readonly IExcelDataReader _excel;
    private readonly RecipientReaderLimits _limits;
    private long _rowNumber;
    private long _blankRows;

    private XlsxRowReader(string file, IExcelDataReader excel, RecipientReaderLimits limits, string description)
    {
        File = file;
        _excel = excel;
        _limits = limits;
        Description = description;
    }

    /// <inheritdoc/>
    public string File { get; }

    /// <inheritdoc/>
    public RecipientFileFormat Format => RecipientFileFormat.Xlsx;

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Headers { get; private set; } = [];

    /// <inheritdoc/>
    public long BlankRowsSkipped => _blankRows;

    /// <inheritdoc/>
    public long FallbackBytes => 0;

    /// <summary>Opens a workbook and reads its header row (the first row with any text).</summary>
    /// <param name="file">The file as people know it.</param>
    /// <param name="seekable">The workbook bytes; must be seekable (ZIP needs it); owned by the reader.</param>
    /// <param name="legacy">True for a BIFF .xls workbook, false for .xlsx.</param>
    /// <param name="limits">Caps on cells and columns.</param>
    /// <exception cref="RecipientFileException">Not a workbook, an empty first sheet, or too many columns.</exception>
    public static XlsxRowReader Open(string file, Stream seekable, bool legacy, RecipientReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        TextEncodings.EnsureCodePages();
        IExcelDataReader excel;
        try
        {
            excel = legacy ? ExcelReaderFactory.CreateBinaryReader(seekable) : ExcelReaderFactory.CreateOpenXmlReader(seekable);
        }
        catch (Exception ex) when (ex is ExcelReaderException or InvalidDataException or System.Xml.XmlException or IOException)
        {
            seekable.Dispose();
            throw new RecipientFileException(file, $"is not a readable {(legacy ? "XLS" : "XLSX")} workbook: {ex.Message}", ex);
        }
        var reader = new XlsxRowReader(file, excel, limits, legacy ? "XLS, first sheet" : "XLSX, first sheet");
        try
        {
            reader.ReadHeader();
            return reader;
        }
        catch
        {
            excel.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<RecipientRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask; // reads are synchronous: the workbook is on local disk or in memory
        while (Next())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (cells, problem) = Cells();
            if (problem is null && cells.All(string.IsNullOrWhiteSpace))
            {
                _blankRows++;
                continue;
            }
            // Unlike CSV, a sheet's cells cannot shift into the wrong column, so a cell in a column
            // without a header (a note beside the table) is simply not a variable.
            yield return new RecipientRow(_rowNumber, problem is null ? cells : [], problem);
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _excel.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The text a person typed, from a cell value: numbers stored as doubles come back without a
    /// trailing ".0" (972501234567.0 → "972501234567"), exactly when integral and below 10^15 (the
    /// largest E.164 numbers have 15 digits and a double holds them exactly); larger or fractional
    /// values keep their round-trip form, scientific notation included, for the normalizer to reject.
    /// </summary>
    public static string CellText(object? value) => value switch
    {
        null => "",
        string s => s,
        double d when Math.Abs(d) < 1e15 && d == Math.Floor(d) => d.ToString("F0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        DateTime t => t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private void ReadHeader()
    {
        if (_excel.FieldCount > _limits.MaxFields)
            throw new RecipientFileException(File, $"the first sheet has {_excel.FieldCount:N0} columns; at most {_limits.MaxFields:N0} are supported");
        while (Next())
        {
            var (cells, problem) = Cells();
            if (problem is not null)
                throw new RecipientFileException(File, $"the header row (row {_rowNumber}) cannot be read: {problem.Message}");
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                _blankRows++;
                continue;
            }
            // Trailing empty header cells are formatting, not columns.
            var last = Array.FindLastIndex(cells, c => !string.IsNullOrWhiteSpace(c));
            Headers = [.. cells.Take(last + 1).Select(c => c.Trim())];
            return;
        }
        throw new RecipientFileException(File, "the first sheet has no rows");
    }

    private bool Next()
    {
        try
        {
            if (!_excel.Read()) return false;
        }
        catch (Exception ex) when (ex is ExcelReaderException or InvalidDataException or System.Xml.XmlException or IOException)
        {
            throw new RecipientFileException(File, $"the workbook is damaged after row {_rowNumber}: {ex.Message}", ex);
        }
        _rowNumber++;
        return true;
    }

    private (string[] Cells, RowProblem? Problem) Cells()
    {
        var count = Math.Min(_excel.FieldCount, _limits.MaxFields);
        var cells = new string[count];
        for (var i = 0; i < count; i++)
        {
            cells[i] = CellText(_excel.GetValue(i));
            if (cells[i].Length > _limits.MaxFieldLength)
            {
                return ([], new RowProblem(RowProblemCodes.FieldTooLong,
                    $"cell {i + 1} is longer than {_limits.MaxFieldLength:N0} characters"));
            }
        }
        return (cells, null);
    }
}
