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

    public static async Task<GatewayProcess> StartAsync(IReadOnlyList<string> numberIds, string token)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "MockGateway.exe" : "MockGateway"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning" }) start.ArgumentList.Add(arg);
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
