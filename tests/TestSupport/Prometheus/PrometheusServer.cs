using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace TestSupport.Prometheus;

/// <summary>
/// A real <c>prometheus</c> server in its own temp directory on a free loopback port, scraping the
/// given targets every second. Killed (with its data directory removed) on dispose.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly ConcurrentQueue<string> _log = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private PrometheusServer(Process process, string directory, int port)
    {
        (_process, _directory) = (process, directory);
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>The server's root URL (its HTTP API is under <c>api/v1/</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The last lines prometheus logged, for failure messages.</summary>
    public string RecentLog => string.Join('\n', _log.TakeLast(20));

    /// <summary>Starts the server scraping <paramref name="targets"/> every second.</summary>
    /// <param name="targets">Job name → <c>host:port</c> and metrics path.</param>
    public static PrometheusServer Start(IReadOnlyDictionary<string, (string Target, string Path)> targets)
    {
        var binary = ExternalTool.Require("prometheus", "apt-get install prometheus");
        var directory = Directory.CreateTempSubdirectory("prometheus-test-").FullName;
        var config = "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\nscrape_configs:\n" +
            string.Concat(targets.Select(t =>
                $"  - job_name: {t.Key}\n    metrics_path: {t.Value.Path}\n    static_configs:\n      - targets: ['{t.Value.Target}']\n"));
        File.WriteAllText(Path.Combine(directory, "prometheus.yml"), config);
        var port = FreePort.Next();
        var start = new ProcessStartInfo(binary,
        [
            $"--config.file={Path.Combine(directory, "prometheus.yml")}",
            $"--storage.tsdb.path={Path.Combine(directory, "data")}",
            $"--web.listen-address=127.0.0.1:{port}",
            "--log.level=info",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("prometheus did not start");
        var server = new PrometheusServer(process, directory, port);
        process.OutputDataReceived += (_, e) => server.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => server.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Runs an instant query; returns each result's labels and value (as prometheus prints it).</summary>
    public async Task<IReadOnlyList<(Dictionary<string, string> Labels, string Value)>> QueryAsync(string promql)
    {
        if (_process.HasExited) throw new InvalidOperationException($"prometheus exited ({_process.ExitCode}): {RecentLog}");
        var uri = new Uri(BaseAddress, "api/v1/query?query=" + Uri.EscapeDataString(promql));
        using var document = JsonDocument.Parse(await _http.GetStringAsync(uri));
        var data = document.RootElement.GetProperty("data");
        if (data.GetProperty("resultType").GetString() == "scalar")
            return [([], data.GetProperty("result")[1].GetString()!)];
        return [.. data.GetProperty("result").EnumerateArray().Select(r => (
            r.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
            r.GetProperty("value")[1].GetString()!))];
    }

    /// <summary>Waits until <paramref name="promql"/> returns exactly one sample equal to <paramref name="expected"/>.</summary>
    public async Task WaitForValueAsync(string promql, double expected)
    {
        IReadOnlyList<(Dictionary<string, string> Labels, string Value)> last = [];
        try
        {
            await Eventually.UntilAsync(async () =>
            {
                last = await QueryAsync(promql);
                return last.Count == 1 && double.Parse(last[0].Value, CultureInfo.InvariantCulture) == expected;
            }, $"prometheus query {promql} == {expected}", TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}; last result: [{string.Join(", ", last.Select(r => r.Value))}]; prometheus log:\n{RecentLog}", ex);
        }
    }

    /// <summary>Kills the server and removes its data directory.</summary>
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the dying process; the temp folder is cleaned by the OS.
        }
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        _log.Enqueue(line);
        while (_log.Count > 50) _log.TryDequeue(out _);
    }
}
