using System.Globalization;

namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>
/// Every row's outcome as CSV (row,outcome,reason,detail), written to a temporary file next to
/// the target and renamed over it when the run ends, so a reader never sees half a file.
/// </summary>
internal sealed class OutcomeFile : IDisposable
{
    private readonly Lock _gate = new();
    private readonly string _path;
    private readonly string _temporary;
    private readonly StreamWriter _writer;

    public OutcomeFile(string path)
    {
        _path = path;
        _temporary = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        _writer = new StreamWriter(_temporary, append: false, new System.Text.UTF8Encoding(false));
        _writer.WriteLine("row,outcome,reason,detail");
    }

    public void Write(long row, string outcome, string? reason, string? detail)
    {
        lock (_gate)
            _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row},{outcome},{Csv(reason)},{Csv(detail)}"));
    }

    /// <summary>Flushes and moves the file into place.</summary>
    public void Commit()
    {
        lock (_gate)
        {
            _writer.Flush();
            _writer.Dispose();
            File.Move(_temporary, _path, overwrite: true);
        }
    }

    public void Dispose()
    {
        lock (_gate) _writer.Dispose();
        if (File.Exists(_temporary)) File.Delete(_temporary);
    }

    private static string Csv(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
