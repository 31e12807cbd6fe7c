namespace Redis.Client.Tests;

public class RedisValueTests
{
    [Fact]
    public void Conversions_NumbersAndText_RoundTrip()
    {
        Assert.Equal(42L, (long)(RedisValue)"42");
        Assert.Equal(42L, (long)(RedisValue)new byte[] { (byte)'4', (byte)'2' });
        Assert.Equal(1.5, (double)(RedisValue)"1.5");
        Assert.Equal("7", (string?)(RedisValue)7);
        Assert.True((bool)(RedisValue)1);
        Assert.Equal(0L, (long)RedisValue.Null);
        Assert.Null((string?)RedisValue.Null);
        Assert.Null((long?)RedisValue.Null);
    }

    [Fact]
    public void Cast_NotANumber_ThrowsInvalidCastNamingTheValue()
    {
        var error = Assert.Throws<InvalidCastException>(() => (long)(RedisValue)"abc");

        Assert.Contains("'abc'", error.Message);
    }

    [Fact]
    public void Equality_SameContentDifferentStorage_IsEqualWithSameHash()
    {
        Assert.Equal((RedisValue)"1", (RedisValue)1);
        Assert.Equal(((RedisValue)"1").GetHashCode(), ((RedisValue)1).GetHashCode());
        Assert.Equal((RedisValue)"ab", (RedisValue)"ab"u8.ToArray());
        Assert.NotEqual((RedisValue)"", RedisValue.Null);
        Assert.True(RedisValue.Null.IsNullOrEmpty);
        Assert.True(RedisValue.EmptyString.IsNullOrEmpty);
    }

    [Fact]
    public void RedisResult_Casts_FollowTheReplyType()
    {
        var array = RedisResult.Create([RedisResult.Create(1, ResultType.Integer), RedisResult.Create("x")]);

        Assert.Equal(2, array.Length);
        Assert.Equal(1L, (long)array[0]);
        Assert.Equal("x", (string?)array[1]);
        Assert.Throws<InvalidCastException>(() => (long)array);
        Assert.True(RedisResult.NullSingle.IsNull);
        Assert.Null((string?)RedisResult.NullSingle);
    }
}
