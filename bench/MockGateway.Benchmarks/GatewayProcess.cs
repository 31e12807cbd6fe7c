using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MockGateway.Benchmarks;

/// <summary>
/// The gateway as its own process (the normal <c>dotnet run</c> entry point, configured by
/// command-line keys), so its CPU time can be measured apart from the load generator's.
/// </summary>
internal sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;

    private GatewayProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// Starts the gateway executable from <paramref name="directory"/> (default: beside this benchmark,
    /// another build's output compares versions) with numbers <paramref name="numberIds"/>;
    /// <paramref name="quietLogging"/> sets the default log level to Warning as earlier runs did,
    /// false leaves the gateway's own defaults (what <c>dotnet run</c> and the chart get).
    /// </summary>
    public static async Task<GatewayProcess> StartAsync(IReadOnlyList<string> numberIds, string token, string? directory = null,
        bool quietLogging = true)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var start = new ProcessStartInfo(Path.Combine(directory ?? AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "MockGateway.exe" : "MockGateway"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        if (quietLogging) start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        for (var i = 0; i < numberIds.Count; i++)
        {
            start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"--MockGateway:PhoneNumbers:{i}:PhoneNumberId={numberIds[i]}"));
            start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"--MockGateway:PhoneNumbers:{i}:AccessToken={token}"));
            start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"--MockGateway:PhoneNumbers:{i}:ThroughputPerSecond=1000"));
        }
        start.ArgumentList.Add("--MockGateway:Templates:0:Name=spring_offer");
        start.ArgumentList.Add("--MockGateway:Templates:0:Language=de");
        start.ArgumentList.Add("--MockGateway:Templates:0:BodyParameters=1");
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start MockGateway");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("gateway: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var gateway = new GatewayProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient { BaseAddress = gateway.BaseAddress };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var health = await client.GetAsync("health");
                if (health.IsSuccessStatusCode) return gateway;
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                await Task.Delay(100); // waiting for a child process to listen: nothing to signal on
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
