namespace Phone.Normalization.Tests.Oracles;

/// <summary>Finds files of the checkout from the test's output folder.</summary>
internal static class RepoPaths
{
    /// <summary>The folder that holds Operator.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>tests/Phone.Normalization.Tests/oracle, where oracle.mjs, oracle.py and node_modules live.</summary>
    public static string OracleFolder => Path.Combine(Root, "tests", "Phone.Normalization.Tests", "oracle");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Operator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Operator.sln above {AppContext.BaseDirectory}.");
    }
}
