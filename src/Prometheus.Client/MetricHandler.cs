namespace Prometheus;

/// <summary>Base of the standalone servers: owns the background task and its cancellation.</summary>
public abstract class MetricHandler : IMetricServer
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _task;

    /// <summary>Creates the handler (not started).</summary>
    protected MetricHandler()
    {
    }

    /// <inheritdoc/>
    public IMetricServer Start()
    {
        if (_task is not null) throw new InvalidOperationException("The metric server has already been started.");
        _task = StartServer(_stop.Token);
        return this;
    }

    /// <inheritdoc/>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_task is { } task) await task;
    }

    /// <inheritdoc/>
    public void Stop() => StopAsync().GetAwaiter().GetResult();

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops the server and releases the cancellation source.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (!disposing) return;
        Stop();
        _stop.Dispose();
    }

    /// <summary>Runs the server until <paramref name="cancel"/> is signalled.</summary>
    /// <param name="cancel">Signalled by <see cref="StopAsync"/>.</param>
    /// <returns>A task that completes when the server has stopped.</returns>
    protected abstract Task StartServer(CancellationToken cancel);
}
