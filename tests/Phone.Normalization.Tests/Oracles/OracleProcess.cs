using System.Diagnostics;
using System.Text;
using System.Text.Json;
using TestSupport;

namespace Phone.Normalization.Tests.Oracles;

/// <summary>
/// Runs an oracle script ONCE for a whole batch: all requests go to stdin as JSON lines, all
/// answers come back on stdout, matched by id.
/// </summary>
internal static class OracleProcess
{
    private const string InstallHint = "run scripts/install-test-deps.sh";

    /// <summary>Google's JS build (google-libphonenumber, pinned in oracle/package-lock.json).</summary>
    public static Task<IReadOnlyDictionary<int, OracleAnswer>> GoogleAsync(IReadOnlyList<OracleRequest> requests)
    {
        var modules = Path.Combine(RepoPaths.OracleFolder, "node_modules", "google-libphonenumber");
        if (!Directory.Exists(modules))
        {
            throw new InvalidOperationException(
                $"{modules} is missing: {InstallHint} (it runs npm ci in tests/Phone.Normalization.Tests/oracle).");
        }

        var node = ExternalTool.Require("node", "apt-get install nodejs npm (or " + InstallHint + ")");
        return RunAsync(node, Path.Combine(RepoPaths.OracleFolder, "oracle.mjs"), requests);
    }

    /// <summary>Debian's python3-phonenumbers, which only the system interpreter sees.</summary>
    public static Task<IReadOnlyDictionary<int, OracleAnswer>> PythonAsync(IReadOnlyList<OracleRequest> requests)
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python))
        {
            throw new InvalidOperationException($"{python} is missing: {InstallHint} (apt package python3-phonenumbers).");
        }

        return RunAsync(python, Path.Combine(RepoPaths.OracleFolder, "oracle.py"), requests);
    }

    private static async Task<IReadOnlyDictionary<int, OracleAnswer>> RunAsync(
        string program, string script, IReadOnlyList<OracleRequest> requests)
    {
        var start = new ProcessStartInfo(program, [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.OracleFolder,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var input = new StringBuilder();
        foreach (var request in requests)
        {
            input.Append(JsonSerializer.Serialize(request)).Append('\n');
        }

        await process.StandardInput.WriteAsync(input.ToString());
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var error = await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {script} exited with {process.ExitCode}: {error}");
        }

        var answers = new Dictionary<int, OracleAnswer>();
        foreach (var line in (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var answer = JsonSerializer.Deserialize<OracleAnswer>(line)!;
            answers[answer.Id] = answer;
        }

        if (answers.Count != requests.Count)
        {
            throw new InvalidOperationException($"{script} answered {answers.Count} of {requests.Count} requests. stderr: {error}");
        }

        return answers;
    }
}
