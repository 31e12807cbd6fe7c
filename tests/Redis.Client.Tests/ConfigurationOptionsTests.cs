namespace Redis.Client.Tests;

public class ConfigurationOptionsTests
{
    [Fact]
    public void ToString_PasswordSet_NeverPrintsThePassword()
    {
        var options = ConfigurationOptions.Parse("127.0.0.1:6379,user=sender,password=s3cret,name=pod-1,ssl=true,connectTimeout=100");

        Assert.Equal("sender", options.User);
        Assert.Equal("s3cret", options.Password);
        Assert.True(options.Ssl);
        Assert.Equal(100, options.ConnectTimeout);
        Assert.DoesNotContain("s3cret", options.ToString());
        Assert.Contains("user=sender", options.ToString());
    }

    [Fact]
    public void Parse_UnknownOption_ThrowsNamingItWithoutThePassword()
    {
        var error = Assert.Throws<ArgumentException>(() => ConfigurationOptions.Parse("h:1,password=s3cret,bogus=1"));

        Assert.Contains("'bogus'", error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    [Fact]
    public void Parse_HostsWithAndWithoutPort_AddsEndpoints()
    {
        var options = ConfigurationOptions.Parse("redis-a:7000,10.0.0.2,protocol=resp3,abortConnect=false");

        Assert.Equal(["redis-a:7000", "10.0.0.2:6379"], options.EndPoints.Select(EndPointCollection.Format));
        Assert.Equal(RedisProtocol.Resp3, options.Protocol);
        Assert.False(options.AbortOnConnectFail);
    }

    [Fact]
    public void ExponentialRetry_Delays_StayBetweenBaseAndCapAndGrow()
    {
        var highest = new ExponentialRetry(100, 1000, () => 0.999999);
        var lowest = new ExponentialRetry(100, 1000, () => 0);

        Assert.Equal(100, lowest.NextDelayMilliseconds(50));
        Assert.InRange(highest.NextDelayMilliseconds(1), 100, 111);
        Assert.InRange(highest.NextDelayMilliseconds(10), 250, 260);
        Assert.InRange(highest.NextDelayMilliseconds(1000), 990, 1000);
        Assert.False(highest.ShouldRetry(10, 100));
        Assert.True(highest.ShouldRetry(10, 300));
    }
}
