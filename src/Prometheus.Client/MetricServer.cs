using System.Net;

namespace Prometheus;

/// <summary>
/// A standalone server on <see cref="HttpListener"/> (as in prometheus-net), for processes that do not
/// host ASP.NET Core. Requests are answered one at a time, which suits a scraper's cadence.
/// </summary>
public sealed class MetricServer : MetricHandler
{
    private readonly HttpListener _listener = new();
    private readonly CollectorRegistry _registry;

    /// <summary>Listens on every interface (<c>+</c>).</summary>
    /// <param name="port">The TCP port.</param>
    /// <param name="url">The path, without leading slash and with a trailing one, <c>metrics/</c> by default.</param>
    /// <param name="registry">The registry; <see cref="Metrics.DefaultRegistry"/> when null.</param>
    /// <param name="useHttps">Serve HTTPS (the certificate binding is the operating system's).</param>
    public MetricServer(int port, string url = "metrics/", CollectorRegistry? registry = null, bool useHttps = false)
        : this("+", port, url, registry, useHttps)
    {
    }

    /// <summary>Listens on <paramref name="hostname"/> (<c>+</c> for every interface, an IP address, or a host name).</summary>
    /// <param name="hostname">Where to listen.</param>
    /// <param name="port">The TCP port.</param>
    /// <param name="url">The path, without leading slash and with a trailing one, <c>metrics/</c> by default.</param>
    /// <param name="registry">The registry; <see cref="Metrics.DefaultRegistry"/> when null.</param>
    /// <param name="useHttps">Serve HTTPS (the certificate binding is the operating system's).</param>
    public MetricServer(string hostname, int port, string url = "metrics/", CollectorRegistry? registry = null, bool useHttps = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostname);
        ArgumentNullException.ThrowIfNull(url);
        var path = url.Trim('/');
        _listener.Prefixes.Add($"{(useHttps ? "https" : "http")}://{hostname}:{port}/{path}{(path.Length > 0 ? "/" : "")}");
        _registry = registry ?? Metrics.DefaultRegistry;
    }

    /// <inheritdoc/>
    protected override Task StartServer(CancellationToken cancel)
    {
        // Synchronous, so a taken port fails Start() itself rather than a later StopAsync.
        _listener.Start();
        return ServeAsync(cancel);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) ((IDisposable)_listener).Dispose();
    }

    private async Task ServeAsync(CancellationToken cancel)
    {
        // Abort also ends a request in flight (Stop would let it finish).
        await using var registration = cancel.Register(_listener.Abort);
        while (!cancel.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (cancel.IsCancellationRequested && ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // Stop() ends a pending GetContextAsync with one of these.
            }
            await RespondAsync(context, cancel);
        }
    }

    private async Task RespondAsync(HttpListenerContext context, CancellationToken cancel)
    {
        var response = context.Response;
        // No keep-alive: the managed HttpListener keeps idle connections open after Stop/Abort, and a
        // client reusing one would wait forever. A scrape every few seconds can afford a new connection.
        response.KeepAlive = false;
        try
        {
            System.Buffers.ArrayBufferWriter<byte> text;
            try
            {
                text = await _registry.CollectAsync(cancel);
            }
            catch (Exception ex) when (!cancel.IsCancellationRequested)
            {
                response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
                response.ContentType = "text/plain; charset=utf-8";
                var message = System.Text.Encoding.UTF8.GetBytes($"Scrape failed: {ex.GetType().Name}: {ex.Message}");
                await response.OutputStream.WriteAsync(message, cancel);
                return;
            }
            response.StatusCode = (int)HttpStatusCode.OK;
            response.ContentType = PrometheusConstants.ExporterContentType;
            response.ContentLength64 = text.WrittenCount;
            await response.OutputStream.WriteAsync(text.WrittenMemory, cancel);
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or OperationCanceledException)
        {
            // The scraper went away or we are stopping; the next scrape starts afresh.
        }
        finally
        {
            response.Close();
        }
    }
}
