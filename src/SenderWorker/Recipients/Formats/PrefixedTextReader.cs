namespace WhatsAppCampaigns.SenderWorker.Recipients.Formats;

/// <summary>Replays text already read (for delimiter detection), then continues with the rest.</summary>
internal sealed class PrefixedTextReader(ReadOnlyMemory<char> prefix, TextReader rest) : TextReader
{
    private ReadOnlyMemory<char> _prefix = prefix;

    public override int Peek() => _prefix.IsEmpty ? rest.Peek() : _prefix.Span[0];

    public override int Read()
    {
        if (_prefix.IsEmpty) return rest.Read();
        var c = _prefix.Span[0];
        _prefix = _prefix[1..];
        return c;
    }

    public override int Read(Span<char> buffer)
    {
        if (_prefix.IsEmpty) return rest.Read(buffer);
        var n = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..n].CopyTo(buffer);
        _prefix = _prefix[n..];
        return n;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        _prefix.IsEmpty ? rest.ReadAsync(buffer, cancellationToken) : ValueTask.FromResult(Read(buffer.Span));

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
