using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Prometheus;

/// <summary>A standalone Kestrel server that serves a registry at one path, for processes without ASP.NET Core routing.</summary>
public sealed class KestrelMetricServer : MetricHandler
{
    private readonly string _hostname;
    private readonly int _port;
    private readonly string _url;
    private readonly CollectorRegistry _registry;
    private readonly X509Certificate2? _certificate;

    /// <summary>Listens on every interface (<c>+</c>).</summary>
    /// <param name="port">The TCP port.</param>
    /// <param name="url">The path, <c>/metrics</c> by default.</param>
    /// <param name="registry">The registry; <see cref="Metrics.DefaultRegistry"/> when null.</param>
    /// <param name="certificate">Serve HTTPS with this certificate; HTTP when null.</param>
    public KestrelMetricServer(int port, string url = "/metrics", CollectorRegistry? registry = null, X509Certificate2? certificate = null)
        : this("+", port, url, registry, certificate)
    {
    }

    /// <summary>Listens on <paramref name="hostname"/> (<c>+</c> or <c>*</c> for every interface, an IP address, or <c>localhost</c>).</summary>
    /// <param name="hostname">Where to listen.</param>
    /// <param name="port">The TCP port.</param>
    /// <param name="url">The path, <c>/metrics</c> by default.</param>
    /// <param name="registry">The registry; <see cref="Metrics.DefaultRegistry"/> when null.</param>
    /// <param name="certificate">Serve HTTPS with this certificate; HTTP when null.</param>
    public KestrelMetricServer(string hostname, int port, string url = "/metrics", CollectorRegistry? registry = null,
        X509Certificate2? certificate = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostname);
        ArgumentNullException.ThrowIfNull(url);
        _hostname = hostname;
        _port = port;
        _url = url.StartsWith('/') ? url : "/" + url;
        _registry = registry ?? Metrics.DefaultRegistry;
        _certificate = certificate;
    }

    /// <inheritdoc/>
    protected override async Task StartServer(CancellationToken cancel)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var scheme = _certificate is null ? "http" : "https";
        builder.WebHost.UseUrls($"{scheme}://{_hostname}:{_port}");
        if (_certificate is { } certificate)
            builder.WebHost.ConfigureKestrel(k => k.ConfigureHttpsDefaults(h => h.ServerCertificate = certificate));
        await using var app = builder.Build();
        app.MapMetrics(_url, _registry);
        try
        {
            await app.StartAsync(cancel);
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // StopAsync was called.
        }
        await app.StopAsync(CancellationToken.None);
    }
}
