namespace TestSupport.Tests;

public sealed class EventuallyTests
{
    [Fact]
    public async Task UntilAsync_ConditionNeverHolds_ThrowsNamingIt()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => Eventually.UntilAsync(() => false, "the impossible", TimeSpan.FromMilliseconds(50)));

        Assert.Contains("the impossible", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UntilAsync_ConditionBecomesTrue_Returns()
    {
        var calls = 0;

        await Eventually.UntilAsync(() => ++calls >= 3, "third call");

        Assert.Equal(3, calls);
    }
}
