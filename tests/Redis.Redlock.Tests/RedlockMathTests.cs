namespace Redis.Redlock.Tests;

public class RedlockMathTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    public void Quorum_Instances_IsMajority(int instances, int quorum) => Assert.Equal(quorum, RedlockMath.Quorum(instances));

    [Fact]
    public void Validity_SubtractsElapsedAndDrift()
    {
        var validity = RedlockMath.Validity(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(30), 0.01);

        Assert.Equal(TimeSpan.FromMilliseconds(10_000 - 30 - 100 - 2), validity);
    }

    [Theory]
    [InlineData(2, 0, 1, 100, true, RedLockStatus.Acquired)]
    [InlineData(2, 0, 1, -1, false, RedLockStatus.Expired)]
    [InlineData(1, 2, 0, 100, false, RedLockStatus.Conflicted)]
    [InlineData(1, 1, 1, 100, false, RedLockStatus.NoQuorum)]
    [InlineData(0, 0, 3, 100, false, RedLockStatus.NoQuorum)]
    public void IsAcquiredAndFailedStatus_ThreeInstances_FollowRedLockNet(int acquired, int conflicted, int error, int validityMs,
        bool expectAcquired, RedLockStatus expected)
    {
        var summary = new RedLockInstanceSummary(acquired, conflicted, error);
        var held = RedlockMath.IsAcquired(summary, 2, TimeSpan.FromMilliseconds(validityMs));

        Assert.Equal(expectAcquired, held);
        Assert.Equal(expected, held ? RedLockStatus.Acquired : RedlockMath.FailedStatus(summary, 2));
    }
}
