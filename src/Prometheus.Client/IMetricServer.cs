namespace Prometheus;

/// <summary>A standalone HTTP server that exposes a registry to Prometheus.</summary>
public interface IMetricServer : IDisposable
{
    /// <summary>Starts serving (returns at once; the listener runs in the background).</summary>
    /// <returns>This server.</returns>
    IMetricServer Start();

    /// <summary>Stops serving and waits until the listener has stopped; rethrows a failure of the listener (e.g. the port was taken).</summary>
    Task StopAsync();

    /// <summary>Stops serving (blocking twin of <see cref="StopAsync"/>).</summary>
    void Stop();
}
