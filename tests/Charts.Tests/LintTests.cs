using Charts.Tests.Support;

namespace Charts.Tests;

public sealed class LintTests
{
    [Theory]
    [MemberData(nameof(Renders.All), MemberType = typeof(Renders))]
    public async Task Lint_Strict_Passes(string valuesName)
    {
        var result = await Helm.RunAsync(["lint", "--strict", RepoPaths.Chart, .. Renders.FilesOf(valuesName).SelectMany(f => new[] { "--values", f })]);

        Assert.True(result.ExitCode == 0, $"helm lint --strict with {valuesName}: {result}");
        Assert.Contains("1 chart(s) linted, 0 chart(s) failed", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("[WARNING]", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("[ERROR]", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesFolder_HoldsTheFeatureCombinations()
    {
        // The theories above and in the other classes run once per file: losing one silently would
        // shrink the coverage, so the expected set is written down.
        Assert.Equal(["all-features.yaml", "minimal.yaml", "mock-gateway.yaml", "watch-namespace.yaml"],
            Renders.ValuesFiles.Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
