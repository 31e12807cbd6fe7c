using System.Text;

namespace Kube.Client.Http;

/// <summary>
/// Reads newline-terminated lines from a watch stream. Unlike <see cref="StreamReader.ReadLineAsync()"/>
/// it never returns an unterminated last line: a connection cut in the middle of an event leaves a
/// fragment that is dropped (the event is replayed after the resume), not parsed as a broken event.
/// </summary>
internal sealed class WatchLineReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024);
    private readonly StringBuilder _line = new();
    private readonly char[] _buffer = new char[8 * 1024];
    private int _start;
    private int _end;

    /// <summary>The next complete line (without the newline), or null at the end of the stream.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, '\n', _start, _end - _start);
            if (newline >= 0)
            {
                _line.Append(_buffer, _start, newline - _start);
                _start = newline + 1;
                var line = _line.ToString().TrimEnd('\r');
                _line.Clear();
                return line;
            }
            _line.Append(_buffer, _start, _end - _start);
            _start = 0;
            _end = await _reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
            if (_end == 0) return null; // end of stream: any fragment in _line was cut off mid-event
        }
    }

    public void Dispose() => _reader.Dispose();
}
