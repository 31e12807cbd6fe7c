namespace WhatsAppCampaigns.Operator.LocalMode;

/// <summary>Command line of local mode: <c>[--examples DIR] [--crds DIR] [--sender DLL] [--timeout SECONDS]</c>.</summary>
/// <param name="Examples">Manifests to apply (examples/).</param>
/// <param name="Crds">CRD YAML (config/crds/).</param>
/// <param name="SenderDll">SenderWorker.dll.</param>
/// <param name="Timeout">How long to wait for the campaign.</param>
public sealed record LocalModeArguments(string Examples, string Crds, string SenderDll, TimeSpan Timeout)
{
    /// <summary>Parses arguments; paths default to the repository that contains <paramref name="cwd"/>.</summary>
    public static LocalModeArguments Parse(IReadOnlyList<string> args, string cwd)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? Value(string name) => args.Select((a, i) => (a, i)).Where(x => x.a == name && x.i + 1 < args.Count).Select(x => args[x.i + 1]).FirstOrDefault();
        var root = RepoRoot(cwd) ?? cwd;
        var sender = Value("--sender") ?? Path.Combine(AppContext.BaseDirectory, "SenderWorker.dll");
        var timeout = int.TryParse(Value("--timeout"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 300;
        return new LocalModeArguments(Value("--examples") ?? Path.Combine(root, "examples"), Value("--crds") ?? Path.Combine(root, "config", "crds"),
            sender, TimeSpan.FromSeconds(timeout));
    }

    private static string? RepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Operator.sln"))) return dir.FullName;
        return null;
    }
}
