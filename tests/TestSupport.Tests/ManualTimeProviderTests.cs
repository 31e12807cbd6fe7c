namespace TestSupport.Tests;

public sealed class ManualTimeProviderTests
{
    [Fact]
    public void Advance_FiresTimersInDueOrder_AndRepeatsPeriodicOnes()
    {
        var clock = new ManualTimeProvider();
        var fired = new List<string>();
        using var once = clock.CreateTimer(_ => fired.Add("once@5"), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        using var periodic = clock.CreateTimer(_ => fired.Add($"tick@{clock.GetUtcNow().Second}"), null,
            TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));

        clock.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal(["tick@2", "tick@4", "once@5", "tick@6"], fired);
    }

    [Fact]
    public async Task Delay_CompletesOnlyWhenTimeIsAdvanced()
    {
        var clock = new ManualTimeProvider();
        var delay = Task.Delay(TimeSpan.FromMinutes(10), clock);

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.False(delay.IsCompleted);

        clock.Advance(TimeSpan.FromMinutes(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public void SetUtcNow_Backwards_Throws()
    {
        var clock = new ManualTimeProvider();

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetUtcNow(clock.GetUtcNow().AddSeconds(-1)));
    }
}
