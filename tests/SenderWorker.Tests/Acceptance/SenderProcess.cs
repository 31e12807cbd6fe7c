using System.Diagnostics;
using System.Text;

namespace WhatsAppCampaigns.SenderWorker.Tests.Acceptance;

/// <summary>The real sender: <c>dotnet SenderWorker.dll</c> from the test output folder.</summary>
internal sealed class SenderProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource _stderrMatched = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string? _waitFor;

    private SenderProcess(IReadOnlyDictionary<string, string> environment, string? waitFor)
    {
        _waitFor = waitFor;
        var info = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "SenderWorker.dll"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment) info.Environment[key] = value;
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_stdout) _stdout.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr) _stderr.AppendLine(e.Data);
            if (_waitFor is not null && e.Data.Contains(_waitFor, StringComparison.Ordinal)) _stderrMatched.TrySetResult();
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static SenderProcess Start(IReadOnlyDictionary<string, string> environment, string? waitForInLog = null) =>
        new(environment, waitForInLog);

    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Completes when the log shows the text given at start.</summary>
    public Task LogMatched => _stderrMatched.Task;

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the sender did not exit within {timeout}; stdout: {Stdout}\nstderr tail: {Tail(Stderr)}");
        }
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, as Kubernetes sends it before the grace period.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }

    public void KillHard() => _process.Kill(entireProcessTree: true); // SIGKILL

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    public static string Tail(string text) => text.Length > 3000 ? text[^3000..] : text;
}
