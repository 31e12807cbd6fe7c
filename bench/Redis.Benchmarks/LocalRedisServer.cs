using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Redis.Benchmarks;

/// <summary>A throwaway redis-server on a free loopback port, no persistence.</summary>
internal sealed class LocalRedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private LocalRedisServer(Process process, int port)
    {
        _process = process;
        Endpoint = $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
    }

    public string Endpoint { get; }

    public static async Task<LocalRedisServer> StartAsync()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server could not be started (apt-get install -y redis-server)");
        _ = process.StandardOutput.ReadToEndAsync();
        var server = new LocalRedisServer(process, port);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync(server.Endpoint);
                await probe.GetDatabase().PingAsync();
                return server;
            }
            catch (RedisConnectionException) when (deadline.Elapsed < TimeSpan.FromSeconds(20) && !process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
