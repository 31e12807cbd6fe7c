using System.Collections.Concurrent;

namespace Charts.Tests.Support;

/// <summary>
/// Renders the chart once per values file for the whole test run (helm is a 45 MB Go binary: each
/// call costs a process start) and hands the parsed objects to every test that asks.
/// </summary>
internal static class Renders
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<Rendered>>> Cache = new();

    /// <summary>"default" plus the file names in tests/Charts.Tests/values.</summary>
    public static IEnumerable<string> ValuesNames =>
        new[] { "default" }.Concat(ValuesFiles.Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    /// <summary>The values files under tests/Charts.Tests/values.</summary>
    public static IEnumerable<string> ValuesFiles => Directory.EnumerateFiles(RepoPaths.ValuesFolder, "*.yaml");

    /// <summary>xunit member data: one row per values name.</summary>
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in ValuesNames) data.Add(name);
        return data;
    }

    /// <summary>The chart rendered with the chart defaults ("default") or one values file, without CRDs.</summary>
    public static Task<Rendered> GetAsync(string valuesName) =>
        Cache.GetOrAdd(valuesName, name => new Lazy<Task<Rendered>>(() => RenderAsync(name))).Value;

    /// <summary>The values file arguments for a values name.</summary>
    public static string[] FilesOf(string valuesName) =>
        valuesName == "default" ? [] : [Path.Combine(RepoPaths.ValuesFolder, valuesName)];

    private static async Task<Rendered> RenderAsync(string valuesName)
    {
        var result = await Helm.TemplateAsync(FilesOf(valuesName));
        Assert.True(result.ExitCode == 0, $"helm template with {valuesName}: {result}");
        return new Rendered(valuesName, YamlDocuments.LoadAll(result.StandardOutput));
    }
}
