namespace Prometheus;

/// <summary>Lock-free arithmetic on a <see cref="double"/> field (compare-and-swap loops).</summary>
internal static class ThreadSafeDouble
{
    public static void Add(ref double location, double increment)
    {
        var current = Volatile.Read(ref location);
        while (true)
        {
            var seen = Interlocked.CompareExchange(ref location, current + increment, current);
            // Compare bit patterns: NaN never equals itself, which would make the loop spin forever.
            if (BitConverter.DoubleToInt64Bits(seen) == BitConverter.DoubleToInt64Bits(current)) return;
            current = seen;
        }
    }

    /// <summary>Raises the value to <paramref name="target"/> when it is lower (never lowers it).</summary>
    public static void Max(ref double location, double target)
    {
        var current = Volatile.Read(ref location);
        while (current < target)
        {
            var seen = Interlocked.CompareExchange(ref location, target, current);
            if (BitConverter.DoubleToInt64Bits(seen) == BitConverter.DoubleToInt64Bits(current)) return;
            current = seen;
        }
    }

    /// <summary>Lowers the value to <paramref name="target"/> when it is higher (never raises it).</summary>
    public static void Min(ref double location, double target)
    {
        var current = Volatile.Read(ref location);
        while (current > target)
        {
            var seen = Interlocked.CompareExchange(ref location, target, current);
            if (BitConverter.DoubleToInt64Bits(seen) == BitConverter.DoubleToInt64Bits(current)) return;
            current = seen;
        }
    }
}
