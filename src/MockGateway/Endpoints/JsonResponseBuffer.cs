using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>
/// A reusable buffer and <see cref="Utf8JsonWriter"/> for one response: written synchronously,
/// copied into the response pipe with an exact Content-Length (no chunking), then returned.
/// One instance is cached per thread, a pure allocation saving on the send path: it never
/// outlives the synchronous write, so no two requests can share it.
/// </summary>
internal sealed class JsonResponseBuffer
{
    /// <summary>Minimal escaping, like Meta's responses (a <c>+</c> stays a <c>+</c>).</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static JsonResponseBuffer? _cached;

    private readonly ArrayBufferWriter<byte> _buffer = new(512);

    private JsonResponseBuffer() => Writer = new Utf8JsonWriter(_buffer, WriterOptions);

    public Utf8JsonWriter Writer { get; }

    public static JsonResponseBuffer Rent()
    {
        var buffer = _cached ?? new JsonResponseBuffer();
        _cached = null;
        buffer._buffer.ResetWrittenCount();
        buffer.Writer.Reset(buffer._buffer);
        return buffer;
    }

    /// <summary>The JSON written so far.</summary>
    public ReadOnlySpan<byte> Written()
    {
        Writer.Flush();
        return _buffer.WrittenSpan;
    }

    /// <summary>Hands the buffer back to this thread's cache; the caller must not touch it again.</summary>
    public void Return() => _cached = this;

    /// <summary>Writes the JSON into the response with <paramref name="status"/> and returns this buffer to the cache.</summary>
    public void CopyTo(HttpResponse response, int status)
    {
        Writer.Flush();
        var written = _buffer.WrittenSpan;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=UTF-8";
        response.ContentLength = written.Length;
        response.BodyWriter.Write(written);
        _cached = this;
    }
}
