using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace TestSupport;

/// <summary>
/// A private <c>redis-server</c> on a free loopback port, in its own temporary directory, started
/// from the checked-in <c>redis/redis-test.conf</c>. Fault tests can <see cref="Kill"/> it (SIGKILL,
/// like a crashed pod) and <see cref="RestartAsync"/> it on the same port.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    /// <summary>The command that installs the server, named in the error when it is missing.</summary>
    public const string InstallCommand = "apt-get install -y redis-server";

    private readonly string _executable;
    private readonly string _directory;
    private readonly IReadOnlyList<string> _extraArguments;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private RedisServer(string executable, string directory, int port, IReadOnlyList<string> extraArguments)
    {
        _executable = executable;
        _directory = directory;
        Port = port;
        _extraArguments = extraArguments;
    }

    /// <summary>The loopback port the server listens on; it survives restarts.</summary>
    public int Port { get; }

    /// <summary>Host and port, as <c>127.0.0.1:PORT</c>.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>The server's own temporary directory (config, pid file, any dump).</summary>
    public string Directory => _directory;

    /// <summary>True while the server process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>
    /// Starts a server and waits until it answers PING. <paramref name="extraArguments"/> are passed
    /// as command-line config (for example <c>["--requirepass", "secret"]</c>).
    /// </summary>
    public static async Task<RedisServer> StartAsync(IReadOnlyList<string>? extraArguments = null,
        CancellationToken cancellationToken = default)
    {
        var executable = ExternalTool.Require("redis-server", InstallCommand);
        var directory = Path.Combine(Path.GetTempPath(), "redis-test-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        var server = new RedisServer(executable, directory, FreePort.Next(), extraArguments ?? []);
        await server.LaunchAsync(cancellationToken);
        return server;
    }

    /// <summary>Kills the process with SIGKILL and waits until it is gone. Data is lost (no persistence).</summary>
    public void Kill()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Starts the server again on the same port, after a <see cref="Kill"/>.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        Kill();
        await LaunchAsync(cancellationToken);
    }

    /// <summary>Stops the server and deletes its directory.</summary>
    public ValueTask DisposeAsync()
    {
        Kill();
        try { System.IO.Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless; the server is already gone */ }
        return ValueTask.CompletedTask;
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var config = Path.Combine(AppContext.BaseDirectory, "redis", "redis-test.conf");
        if (!File.Exists(config)) throw new FileNotFoundException("The test Redis config is missing from the test output", config);

        var start = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        foreach (var argument in new[] { config, "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--dir", _directory, "--pidfile", Path.Combine(_directory, "redis.pid") }.Concat(_extraArguments))
            start.ArgumentList.Add(argument);

        lock (_output) _output.Clear();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {_executable}");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        try
        {
            await Eventually.UntilAsync(async () =>
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"redis-server exited with code {process.ExitCode}: {Output()}");
                return await PingsAsync(cancellationToken);
            }, $"redis-server on port {Port} to answer PING", TimeSpan.FromSeconds(20), cancellationToken);
        }
        catch (TimeoutException ex)
        {
            throw new InvalidOperationException($"redis-server did not start on port {Port}: {Output()}", ex);
        }
    }

    private string Output()
    {
        lock (_output) return _output.ToString().Trim();
    }

    private async Task<bool> PingsAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("*1\r\n$4\r\nPING\r\n"u8.ToArray(), cancellationToken);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, cancellationToken);
            // "-LOADING" also arrives here while a dump loads; only +PONG means ready.
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
