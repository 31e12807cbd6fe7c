namespace Phone.Normalization.Tests;

/// <summary>The embedded resource: every pattern compiles in .NET, and it loads once.</summary>
public sealed class MetadataTests
{
    [Fact]
    public void Patterns_EveryRegexInTheResource_CompilesInDotNet()
    {
        var store = PhoneNumberUtil.GetInstance().Store;

        var patterns = store.AllPatterns().ToList();
        foreach (var pattern in patterns)
        {
            _ = pattern.Regex; // throws ArgumentException naming the pattern if .NET cannot parse it
        }

        Assert.True(patterns.Count > 3000, $"only {patterns.Count} patterns");
    }

    [Fact]
    public void GetInstance_CalledTwice_ReturnsTheSameLoadedInstance()
    {
        Assert.Same(PhoneNumberUtil.GetInstance(), PhoneNumberUtil.GetInstance());
        Assert.True(PhoneNumberUtil.GetInstance().MetadataLoadTime > TimeSpan.Zero);
    }
}
