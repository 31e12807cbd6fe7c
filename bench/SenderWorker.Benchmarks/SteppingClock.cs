namespace SenderWorker.Benchmarks;

/// <summary>
/// A clock that moves 1 ms per reading: the mock's 1,000/s per-number limit then never refuses,
/// so the figures measure the sender, not Meta's cap (same trick as bench/MockGateway.Benchmarks).
/// </summary>
internal sealed class SteppingClock : TimeProvider
{
    private long _ticks = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref _ticks, TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
