using System.Buffers;
using System.Globalization;
using System.Text;

namespace Prometheus;

/// <summary>
/// Writes the text exposition format 0.0.4
/// (https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format): pure functions
/// over an <see cref="IBufferWriter{T}"/>, so the wire text is tested byte for byte.
/// </summary>
internal static class TextFormat
{
    private static readonly byte[] Help = "# HELP "u8.ToArray();
    private static readonly byte[] Type = "# TYPE "u8.ToArray();

    /// <summary><c># HELP</c> and <c># TYPE</c> lines of a metric family.</summary>
    public static void WriteFamilyHeader(IBufferWriter<byte> output, byte[] name, string help, MetricType type)
    {
        output.Write(Help);
        output.Write(name);
        output.Write(" "u8);
        WriteUtf8(output, EscapeHelp(help));
        output.Write("\n"u8);
        output.Write(Type);
        output.Write(name);
        output.Write(type switch
        {
            MetricType.Counter => " counter\n"u8,
            MetricType.Gauge => " gauge\n"u8,
            _ => " histogram\n"u8,
        });
    }

    /// <summary>
    /// One sample line: <c>name[suffix][{labels[,extraLabel]}] value</c>. <paramref name="labels"/> is
    /// the pre-encoded <c>a="x",b="y"</c> list of the series, <paramref name="extraLabel"/> a histogram's
    /// <c>le="…"</c>; either may be empty.
    /// </summary>
    public static void WriteSample(IBufferWriter<byte> output, byte[] name, ReadOnlySpan<byte> suffix,
        ReadOnlySpan<byte> labels, ReadOnlySpan<byte> extraLabel, double value)
    {
        output.Write(name);
        output.Write(suffix);
        if (labels.Length > 0 || extraLabel.Length > 0)
        {
            output.Write("{"u8);
            output.Write(labels);
            if (labels.Length > 0 && extraLabel.Length > 0) output.Write(","u8);
            output.Write(extraLabel);
            output.Write("}"u8);
        }
        output.Write(" "u8);
        WriteDouble(output, value);
        output.Write("\n"u8);
    }

    /// <summary>Encodes <c>n1="v1",n2="v2"</c> with escaped values, in the given label order.</summary>
    public static byte[] EncodeLabels(string[] names, string[] values)
    {
        if (names.Length == 0) return [];
        var text = new StringBuilder();
        for (var i = 0; i < names.Length; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(names[i]).Append("=\"").Append(EscapeLabelValue(values[i])).Append('"');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>HELP text escapes backslash and line feed.</summary>
    public static string EscapeHelp(string help) =>
        help.AsSpan().IndexOfAny('\\', '\n') < 0 ? help : help.Replace("\\", @"\\", StringComparison.Ordinal)
            .Replace("\n", @"\n", StringComparison.Ordinal);

    /// <summary>Label values escape backslash, double quote and line feed.</summary>
    public static string EscapeLabelValue(string value) =>
        value.AsSpan().IndexOfAny('\\', '"', '\n') < 0 ? value : value.Replace("\\", @"\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", @"\n", StringComparison.Ordinal);

    /// <summary>
    /// A sample value or bucket bound as Prometheus parses it (Go's ParseFloat): <c>+Inf</c>, <c>-Inf</c>,
    /// <c>NaN</c>, otherwise the shortest text that round-trips, invariant culture (<c>0.005</c>, <c>1E+20</c>).
    /// </summary>
    public static string FormatDouble(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : double.IsNaN(value) ? "NaN"
        : value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteDouble(IBufferWriter<byte> output, double value)
    {
        if (!double.IsFinite(value))
        {
            WriteUtf8(output, FormatDouble(value));
            return;
        }
        // 32 bytes hold the longest round-trip form ("-1.2345678901234567E-308" is 24).
        var span = output.GetSpan(32);
        if (!value.TryFormat(span, out var written, "R", CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"Could not format {value.ToString(CultureInfo.InvariantCulture)}.");
        output.Advance(written);
    }

    private static void WriteUtf8(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
