namespace WhatsAppCampaigns.MockGateway.Rules;

/// <summary>
/// Messages per second as Meta states the throughput limit, judged strictly: no sliding one-second
/// window holds more than the limit. It keeps the times of the last <c>limit</c> accepted messages
/// in a ring; a message is accepted when the oldest of them is at least a second old.
/// </summary>
/// <remarks>
/// A GCRA cell with a second's worth of tolerance (what this mock used before) lets a full second's
/// worth through at once and then the steady rate on top, so one second could hold almost twice the
/// limit: a sender that passed it could still be refused by Meta. This is the strictest reading of
/// "N messages per second", so "0 throughput errors" against it means 0 under any reading.
/// </remarks>
internal sealed class SlidingSecondCell(int limit)
{
    private readonly long[] _accepted = new long[limit];
    private readonly Lock _gate = new();
    private int _next;
    private int _count;

    /// <summary>Accepts one message at <paramref name="now"/> (ticks) if the last second holds fewer than the limit.</summary>
    public bool TryAcquire(long now)
    {
        lock (_gate)
        {
            // _next is the oldest of the last `limit` accepted once the ring is full.
            if (_count == _accepted.Length && now - _accepted[_next] < TimeSpan.TicksPerSecond) return false;
            _accepted[_next] = now;
            _next = (_next + 1) % _accepted.Length;
            if (_count < _accepted.Length) _count++;
            return true;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _next = 0;
            _count = 0;
        }
    }
}
