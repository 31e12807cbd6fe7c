using TestSupport;

namespace Redis.Client.Tests;

public class DatabaseCommandTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    public static TheoryData<RedisProtocol> Protocols => [RedisProtocol.Resp2, RedisProtocol.Resp3];

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task StringSetAsync_Conditions_FollowNxXxPxAndKeepTtl(RedisProtocol protocol)
    {
        await using var mux = await ClientFactory.ConnectAsync(redis.Endpoint, protocol);
        var db = mux.GetDatabase();
        var key = RedisServerFixture.NewKeyPrefix() + "s";

        Assert.False(await db.StringSetAsync(key, "x", when: When.Exists));
        Assert.True(await db.StringSetAsync(key, "v1", TimeSpan.FromSeconds(100), When.NotExists));
        Assert.False(await db.StringSetAsync(key, "v2", TimeSpan.FromSeconds(100), When.NotExists));
        Assert.Equal("v1", await db.StringGetAsync(key));
        Assert.True(await db.StringSetAsync(key, "v3", null, keepTtl: true, When.Exists));
        Assert.Equal("v3", await db.StringGetAsync(key));
        Assert.InRange((await db.KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(100));
        Assert.True(await db.StringSetAsync(key, "v4"));
        Assert.Null(await db.KeyTimeToLiveAsync(key));
        Assert.True((await db.StringGetAsync(key + "missing")).IsNull);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task CountersAndExpiry_RoundTrip(RedisProtocol protocol)
    {
        await using var mux = await ClientFactory.ConnectAsync(redis.Endpoint, protocol);
        var db = mux.GetDatabase();
        var key = RedisServerFixture.NewKeyPrefix() + "c";

        Assert.Equal(1, await db.StringIncrementAsync(key));
        Assert.Equal(11, await db.StringIncrementAsync(key, 10));
        Assert.Equal(8, await db.StringDecrementAsync(key, 3));
        Assert.True(await db.KeyExpireAsync(key, TimeSpan.FromSeconds(30)));
        Assert.InRange((await db.KeyTimeToLiveAsync(key))!.Value, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(30));
        Assert.True(await db.KeyExpireAsync(key, null));
        Assert.Null(await db.KeyTimeToLiveAsync(key));
        Assert.True(await db.KeyExistsAsync(key));
        Assert.True(await db.KeyDeleteAsync(key));
        Assert.False(await db.KeyDeleteAsync(key));
        Assert.False(await db.KeyExpireAsync(key, TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Hashes_SetIncrementGetAll(RedisProtocol protocol)
    {
        await using var mux = await ClientFactory.ConnectAsync(redis.Endpoint, protocol);
        var db = mux.GetDatabase();
        var key = RedisServerFixture.NewKeyPrefix() + "h";

        await db.HashSetAsync(key, [new HashEntry("a", "1"), new HashEntry("b", "x")]);
        Assert.True(await db.HashSetAsync(key, "c", "new", When.NotExists));
        Assert.False(await db.HashSetAsync(key, "c", "again", When.NotExists));
        Assert.Equal(6, await db.HashIncrementAsync(key, "a", 5));
        Assert.Equal("x", await db.HashGetAsync(key, "b"));
        var all = (await db.HashGetAllAsync(key)).ToDictionary(e => (string)e.Name!, e => (string)e.Value!);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "6", ["b"] = "x", ["c"] = "new" }, all);
        Assert.True(await db.HashDeleteAsync(key, "b"));
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Sets_AddContainsMultiContainsScan(RedisProtocol protocol)
    {
        await using var mux = await ClientFactory.ConnectAsync(redis.Endpoint, protocol);
        var db = mux.GetDatabase();
        var key = RedisServerFixture.NewKeyPrefix() + "set";

        Assert.True(await db.SetAddAsync(key, "+5511900000001"));
        Assert.False(await db.SetAddAsync(key, "+5511900000001"));
        Assert.Equal(2, await db.SetAddAsync(key, ["+5511900000001", "+5511900000002", "+5511900000003"]));
        Assert.True(await db.SetContainsAsync(key, "+5511900000002"));
        Assert.Equal(new[] { true, false, true }, await db.SetContainsAsync(key, ["+5511900000001", "+5511900000009", "+5511900000003"]));
        Assert.Equal(3, await db.SetLengthAsync(key));
        Assert.Equal(3, (await db.SetMembersAsync(key)).Length);
        var many = Enumerable.Range(0, 1000).Select(i => (RedisValue)$"m{i}").ToArray();
        await db.SetAddAsync(key, many);
        var scanned = new HashSet<string>();
        await foreach (var member in db.SetScanAsync(key, pageSize: 100)) scanned.Add(member!);
        Assert.Equal(1003, scanned.Count);
        Assert.True(await db.SetRemoveAsync(key, "m1"));
    }

    [Fact]
    public async Task KeysAsync_Pattern_ScansOnlyMatchingKeysAcrossPages()
    {
        await using var mux = await ClientFactory.ConnectAsync(redis.Endpoint);
        var db = mux.GetDatabase();
        var prefix = RedisServerFixture.NewKeyPrefix();
        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => db.StringSetAsync($"{prefix}{i}", i)));

        var keys = new List<string>();
        await foreach (var key in mux.GetServer(redis.Endpoint).KeysAsync(pattern: prefix + "*", pageSize: 50)) keys.Add(key!);

        Assert.Equal(300, keys.Distinct().Count());
    }

    [Fact]
    public async Task GetDatabase_DifferentNumbers_SelectsDatabasesOnTheSharedConnection()
    {
        await using var mux = await ClientFactory.ConnectAsync(redis.Endpoint);
        var key = RedisServerFixture.NewKeyPrefix() + "db";

        await Task.WhenAll(mux.GetDatabase(0).StringSetAsync(key, "zero"), mux.GetDatabase(3).StringSetAsync(key, "three"));

        Assert.Equal("zero", await mux.GetDatabase(0).StringGetAsync(key));
        Assert.Equal("three", await mux.GetDatabase(3).StringGetAsync(key));
        Assert.Equal("three", await mux.GetDatabase(3).ExecuteAsync("GET", key) is var r ? (string?)r : null);
    }

    [Fact]
    public async Task ScriptEvaluateAsync_AfterScriptFlush_StillRuns()
    {
        await using var mux = await ClientFactory.ConnectAsync(redis.Endpoint);
        var db = mux.GetDatabase();
        var server = mux.GetServer(redis.Endpoint);
        const string script = "return redis.call('INCRBY', KEYS[1], ARGV[1])";
        var key = RedisServerFixture.NewKeyPrefix() + "script";

        Assert.Equal(5, (long)await db.ScriptEvaluateAsync(script, [key], [5]));
        Assert.True(await server.ScriptExistsAsync(script));
        await server.ScriptFlushAsync();
        Assert.False(await server.ScriptExistsAsync(script));

        Assert.Equal(12, (long)await db.ScriptEvaluateAsync(script, [key], [7]));
        Assert.True(await server.ScriptExistsAsync(script));
    }

    [Fact]
    public async Task ScriptEvaluateAsync_ScriptRaisesError_ThrowsServerExceptionWithMessage()
    {
        await using var mux = await ClientFactory.ConnectAsync(redis.Endpoint);

        var error = await Assert.ThrowsAsync<RedisServerException>(() =>
            mux.GetDatabase().ScriptEvaluateAsync("return redis.error_reply('STALE token 3 < 4')"));

        Assert.Equal("STALE", error.Prefix);
        Assert.Contains("3 < 4", error.Message);
    }

    [Fact]
    public async Task ExecuteAsync_WrongType_ThrowsServerExceptionAndConnectionStaysUsable()
    {
        await using var mux = await ClientFactory.ConnectAsync(redis.Endpoint);
        var db = mux.GetDatabase();
        var key = RedisServerFixture.NewKeyPrefix() + "wrongtype";
        await db.SetAddAsync(key, "a");

        var error = await Assert.ThrowsAsync<RedisServerException>(() => db.StringIncrementAsync(key));

        Assert.Equal("WRONGTYPE", error.Prefix);
        Assert.True(await db.SetContainsAsync(key, "a"));
    }

    [Fact]
    public async Task ClientName_IsSetOnTheServerConnection()
    {
        var options = ClientFactory.Options(redis.Endpoint);
        options.ClientName = "sender-pod-7:cmd";
        await using var mux = await ConnectionMultiplexer.ConnectAsync(options);

        var name = await mux.GetDatabase().ExecuteAsync("CLIENT", "GETNAME");

        Assert.Equal("sender-pod-7:cmd", (string?)name);
    }

    [Fact]
    public async Task Resp3_HelloNegotiates_AndTypedRepliesArrive()
    {
        await using var mux = await ClientFactory.ConnectAsync(redis.Endpoint, RedisProtocol.Resp3);
        var db = mux.GetDatabase();
        var key = RedisServerFixture.NewKeyPrefix() + "r3";
        await db.HashSetAsync(key, [new HashEntry("f", "v")]);

        var raw = await db.ExecuteAsync("HGETALL", key);

        Assert.Equal(RedisProtocol.Resp3, mux.GetServer(redis.Endpoint).Protocol);
        Assert.Equal(ResultType.Map, raw.Resp3Type);
        Assert.Equal(ResultType.Array, raw.Resp2Type);
        Assert.Equal("v", (string?)raw.ToDictionary()["f"]);
    }
}
