using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WhatsAppCampaigns.Operator.LocalMode;

/// <summary>A private redis-server on a free loopback port, without persistence, in a temp directory.</summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private RedisProcess(Process process, int port, string directory) => (_process, Port, _directory) = (process, port, directory);

    /// <summary>The port.</summary>
    public int Port { get; }

    /// <summary>host:port for StackExchange.Redis and the senders.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>Starts redis-server from PATH and waits until it accepts connections.</summary>
    public static async Task<RedisProcess> StartAsync(CancellationToken cancellationToken)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var directory = Directory.CreateTempSubdirectory("local-redis-").FullName;
        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var arg in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory })
            start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("redis-server is not installed (apt-get install -y redis-server)", ex);
        }
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return new RedisProcess(process, port, directory);
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100, cancellationToken); // polling a port that is about to open
            }
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
