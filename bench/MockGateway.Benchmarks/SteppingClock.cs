namespace MockGateway.Benchmarks;

/// <summary>
/// A clock that moves 1 ms every time it is read, so the handler-only run, which sends far faster
/// than any number's throughput allows, measures acceptance rather than 130429 rejections.
/// </summary>
internal sealed class SteppingClock : TimeProvider
{
    private long _ticks = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref _ticks, TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
