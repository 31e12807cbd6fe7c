using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace WhatsAppCampaigns.Hosting.Logging.Tests;

/// <summary>Writes each event with the program's formatter into a string, as the console sink would write it.</summary>
internal sealed class TextWriterSink(ITextFormatter formatter) : ILogEventSink
{
    private readonly System.Text.StringBuilder _output = new();

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Emit(LogEvent logEvent)
    {
        using var line = new StringWriter();
        formatter.Format(logEvent, line);
        lock (_output) _output.Append(line);
    }
}
