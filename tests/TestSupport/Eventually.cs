using System.Diagnostics;

namespace TestSupport;

/// <summary>
/// Waits for a condition with a deadline. Tests wait on facts, never on a fixed amount of time:
/// the poll interval only bounds how quickly a met condition is noticed.
/// </summary>
public static class Eventually
{
    /// <summary>The deadline used when a test does not name one; generous for a loaded 2-core CI box.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Polls <paramref name="condition"/> until it returns true or the deadline passes.</summary>
    /// <exception cref="TimeoutException">The condition still did not hold at the deadline.</exception>
    public static async Task UntilAsync(Func<Task<bool>> condition, string description,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(5);
        Exception? lastError = null;
        while (true)
        {
            try
            {
                if (await condition()) return;
                lastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                lastError = ex;
            }
            if (clock.Elapsed > limit)
                throw new TimeoutException(
                    $"Waited {limit.TotalSeconds:0.#} s for: {description}" +
                    (lastError is null ? "" : $" (last error: {lastError.GetType().Name}: {lastError.Message})"),
                    lastError);
            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 100));
        }
    }

    /// <summary>Synchronous-condition overload of <see cref="UntilAsync(Func{Task{bool}}, string, TimeSpan?, CancellationToken)"/>.</summary>
    public static Task UntilAsync(Func<bool> condition, string description,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        UntilAsync(() => Task.FromResult(condition()), description, timeout, cancellationToken);
}
