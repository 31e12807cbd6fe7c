using System.Diagnostics;

namespace TestSupport.Prometheus;

/// <summary>The real <c>promtool</c> from the apt package <c>prometheus</c> (installed by scripts/install-test-deps.sh).</summary>
public static class Promtool
{
    /// <summary>Runs <c>promtool check metrics</c> on an exposition given on stdin: exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> CheckMetricsAsync(string exposition)
    {
        var start = new ProcessStartInfo(Path(), ["check", "metrics"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(exposition);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    /// <summary>The binary's path; fails the test with the install command when it is missing.</summary>
    public static string Path() => ExternalTool.Require("promtool", "apt-get install prometheus");
}
