using TestSupport;

namespace Redis.Client.Tests;

public class ServerStateTests
{
    [Fact]
    public async Task ConnectAsync_ServerStillLoading_CommandsWaitUntilItIsLoaded()
    {
        var loadingPings = 0;
        await using var fake = new FakeRespServer(command => command[0].ToUpperInvariant() switch
        {
            "HELLO" => "*4\r\n$4\r\nrole\r\n$6\r\nmaster\r\n$5\r\nproto\r\n:2\r\n",
            "PING" when Interlocked.Increment(ref loadingPings) <= 3 => "-LOADING Redis is loading the dataset in memory\r\n",
            "PING" => "+PONG\r\n",
            "GET" => "$6\r\nloaded\r\n",
            _ => "-ERR unexpected\r\n",
        });
        var options = ClientFactory.Options(fake.Endpoint);
        options.AbortOnConnectFail = false;

        await using var mux = await ConnectionMultiplexer.ConnectAsync(options);
        var value = await mux.GetDatabase().StringGetAsync("k");

        Assert.Equal("loaded", value);
        Assert.Equal(4, loadingPings);
        // The GET went out only after a PING was answered with PONG, on the final connection.
        var received = fake.Received.ToArray();
        Assert.Equal("GET k", received[^1]);
        Assert.Equal("PING", received[^2]);
    }

    [Fact]
    public async Task ConnectAsync_AbortConnectAndServerLoading_ThrowsSayingItIsLoading()
    {
        await using var fake = new FakeRespServer(command => command[0].ToUpperInvariant() switch
        {
            "HELLO" => "*2\r\n$4\r\nrole\r\n$6\r\nmaster\r\n",
            _ => "-LOADING Redis is loading the dataset in memory\r\n",
        });

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => ClientFactory.ConnectAsync(fake.Endpoint));

        Assert.Contains("loading", error.Message);
    }

    [Fact]
    public async Task Reply_WithNoCommandWaiting_FailsTheConnectionAsProtocolError()
    {
        await using var fake = new FakeRespServer(command => command[0].ToUpperInvariant() switch
        {
            "HELLO" => "*2\r\n$4\r\nrole\r\n$6\r\nmaster\r\n",
            "PING" => "+PONG\r\n",
            _ => "+one\r\n+two\r\n",
        });
        await using var mux = await ClientFactory.ConnectAsync(fake.Endpoint);
        var failed = new TaskCompletionSource<ConnectionFailedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        mux.ConnectionFailed += (_, e) => failed.TrySetResult(e);

        await mux.GetDatabase().ExecuteAsync("ECHO", "x");

        Assert.Equal(ConnectionFailureType.ProtocolFailure, (await failed.Task.WaitAsync(TimeSpan.FromSeconds(5))).FailureType);
    }

    [Fact]
    public async Task GetDatabase_PrimaryAndReplicaConfigured_WritesGoToThePrimary()
    {
        await using var primary = await RedisServer.StartAsync();
        await using var replica = await RedisServer.StartAsync(["--replicaof", "127.0.0.1", primary.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var key = RedisServerFixture.NewKeyPrefix() + "routed";

        await using var mux = await ClientFactory.ConnectAsync($"{replica.Endpoint},{primary.Endpoint}");
        Assert.True(await mux.GetDatabase().StringSetAsync(key, "to-primary"));

        Assert.True(mux.GetServer(replica.Endpoint).IsReplica);
        Assert.False(mux.GetServer(primary.Endpoint).IsReplica);
        await using var direct = await ClientFactory.ConnectAsync(primary.Endpoint);
        Assert.Equal("to-primary", await direct.GetDatabase().StringGetAsync(key));
    }

    [Fact]
    public async Task StringSetAsync_OnlyAReplica_ThrowsReadOnly()
    {
        await using var primary = await RedisServer.StartAsync();
        await using var replica = await RedisServer.StartAsync(["--replicaof", "127.0.0.1", primary.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await using var mux = await ClientFactory.ConnectAsync(replica.Endpoint);

        var error = await Assert.ThrowsAsync<RedisServerException>(() => mux.GetDatabase().StringSetAsync("k", "v"));

        Assert.Equal("READONLY", error.Prefix);
    }
}
