namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>
/// This process's own sends, judged as Meta judges a number: no sliding second may hold more than
/// the rate. The shared schedule spaces the slots, but a send can leave late (the first requests
/// wait for connections and JIT) and then catch up with punctual ones; this is the last check before
/// a request leaves. Pure: the caller passes "now" and waits the delay it gets back.
/// </summary>
/// <param name="limit">Sends allowed in any <see cref="Span"/>.</param>
internal sealed class SendWindow(int limit)
{
    /// <summary>The window: a second, plus a little for requests that overtake each other on the way.</summary>
    public static readonly TimeSpan Span = TimeSpan.FromMilliseconds(1015);

    private readonly DateTimeOffset[] _sent = new DateTimeOffset[Math.Max(1, limit)];
    private readonly Lock _gate = new();
    private int _next;
    private int _count;

    /// <summary>Records a send at <paramref name="now"/> and returns zero, or returns how long to wait before asking again.</summary>
    public TimeSpan TryTake(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_count == _sent.Length && now - _sent[_next] < Span) return _sent[_next] + Span - now;
            _sent[_next] = now;
            _next = (_next + 1) % _sent.Length;
            if (_count < _sent.Length) _count++;
            return TimeSpan.Zero;
        }
    }
}
