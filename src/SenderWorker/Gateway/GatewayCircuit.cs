using Microsoft.Extensions.Logging;

namespace WhatsAppCampaigns.SenderWorker.Gateway;

/// <summary>
/// Circuit breaker for sustained gateway failure: after <c>threshold</c> unavailable answers in a row
/// it opens, every send waits, and one probe (the preflight, which sends nothing) asks the gateway
/// until it answers; then sends resume. Open past the deadline: <see cref="GatewayUnavailableException"/>.
/// Recipients are never marked failed because the gateway is down.
/// </summary>
internal sealed class GatewayCircuit(ICloudApiClient client, TimeProvider time, int threshold, TimeSpan deadline,
    ILogger logger) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _consecutive;
    private TaskCompletionSource? _closed;
    private DateTimeOffset _openedAt;
    private Task _probe = Task.CompletedTask;

    /// <summary>True while sends wait for the gateway.</summary>
    public bool IsOpen { get { lock (_gate) return _closed is not null; } }

    /// <summary>How many times it opened.</summary>
    public int Openings { get; private set; }

    public void ReportSuccess() => Interlocked.Exchange(ref _consecutive, 0);

    public void ReportFailure(GatewayReply reply)
    {
        if (Interlocked.Increment(ref _consecutive) < threshold) return;
        lock (_gate)
        {
            if (_closed is not null) return;
            _closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _openedAt = time.GetUtcNow();
            Openings++;
            Log.GatewayUnavailable(logger, reply.Describe(), deadline);
            _probe = ProbeAsync(_stopping.Token);
        }
    }

    /// <summary>Returns at once when closed; else waits for the gateway, up to the deadline.</summary>
    /// <exception cref="GatewayUnavailableException">Still down at the deadline.</exception>
    public async Task WaitClosedAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource? closed;
        DateTimeOffset openedAt;
        lock (_gate)
        {
            closed = _closed;
            openedAt = _openedAt;
        }
        if (closed is null) return;
        var left = openedAt + deadline - time.GetUtcNow();
        try
        {
            await closed.Task.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new GatewayUnavailableException($"the gateway has been unavailable for {deadline.TotalSeconds:0} s");
        }
    }

    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        try
        {
            while (true)
            {
                await Task.Delay(delay, time, cancellationToken);
                var reply = await client.PreflightAsync(cancellationToken);
                if (ErrorClassifier.Classify(reply) is not (ErrorClass.Unavailable or ErrorClass.LostReply)) break;
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        lock (_gate)
        {
            Interlocked.Exchange(ref _consecutive, 0);
            var closed = _closed;
            _closed = null;
            closed?.TrySetResult();
        }
        Log.GatewayBack(logger, time.GetUtcNow() - _openedAt);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _probe;
        _stopping.Dispose();
    }
}
