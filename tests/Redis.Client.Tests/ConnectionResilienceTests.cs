using System.Diagnostics;
using TestSupport;

namespace Redis.Client.Tests;

public class ConnectionResilienceTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task Pipeline_TenThousandCommandsInFlightOnOneConnection_RepliesReturnInOrder()
    {
        var options = ClientFactory.Options(redis.Endpoint);
        options.ClientName = "pipeline-" + Guid.NewGuid().ToString("N")[..8];
        await using var mux = await ConnectionMultiplexer.ConnectAsync(options);
        var db = mux.GetDatabase();
        var prefix = RedisServerFixture.NewKeyPrefix();
        var counter = prefix + "counter";

        // Nothing is awaited until all 10,000 are queued: the n-th INCR must see the value n, and each
        // GET must get its own key's value, which only holds if replies are matched strictly in order.
        var increments = new Task<long>[10_000];
        var sets = new Task<bool>[10_000];
        for (var i = 0; i < increments.Length; i++)
        {
            increments[i] = db.StringIncrementAsync(counter);
            sets[i] = db.StringSetAsync($"{prefix}{i}", $"value-{i}");
        }
        var gets = Enumerable.Range(0, 10_000).Select(i => db.StringGetAsync($"{prefix}{i}")).ToArray();
        await Task.WhenAll(increments.Cast<Task>().Concat(sets).Concat(gets));

        Assert.Equal(Enumerable.Range(1, 10_000).Select(i => (long)i), increments.Select(t => t.Result));
        Assert.All(sets, t => Assert.True(t.Result));
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => $"value-{i}"), gets.Select(t => (string?)t.Result));
        var clients = (string?)await db.ExecuteAsync("CLIENT", "LIST");
        Assert.Single(clients!.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains($"name={options.ClientName} "));
    }

    [Fact]
    public async Task ServerKilled_InFlightCommandsFailWithinTimeout_ThenCommandsSucceedAfterRestart()
    {
        await using var server = await RedisServer.StartAsync();
        var options = ClientFactory.Options(server.Endpoint);
        options.SyncTimeout = 3000;
        await using var mux = await ConnectionMultiplexer.ConnectAsync(options);
        var failed = new TaskCompletionSource<ConnectionFailedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        mux.ConnectionFailed += (_, e) => failed.TrySetResult(e);
        mux.ConnectionRestored += (_, _) => restored.TrySetResult();
        var db = mux.GetDatabase();
        var list = RedisServerFixture.NewKeyPrefix() + "never";

        // BLPOP with no timeout parks the connection on the server, so everything behind it stays in
        // flight (written, unanswered) until the kill.
        var blocked = db.ExecuteAsync("BLPOP", list, 0);
        var behind = Enumerable.Range(0, 500).Select(i => (Task)db.StringSetAsync($"{list}:{i}", i)).Append(blocked).ToArray();
        await Eventually.UntilAsync(async () => (string?)await ReadClientListAsync(server.Endpoint) is { } l && l.Contains("cmd=blpop"),
            "the BLPOP to block on the server");
        var clock = Stopwatch.StartNew();

        server.Kill();
        var outcome = await Task.WhenAny(Task.WhenAll(behind)).WaitAsync(TimeSpan.FromMilliseconds(options.SyncTimeout));

        Assert.True(outcome.IsFaulted);
        Assert.True(clock.ElapsedMilliseconds < options.SyncTimeout, $"in-flight commands took {clock.ElapsedMilliseconds} ms to fail");
        Assert.All(behind, t =>
        {
            var error = Assert.IsType<RedisConnectionException>(t.Exception!.InnerException);
            Assert.True(error.CommandWasSent);
        });
        Assert.Equal(ConnectionFailureType.SocketFailure, (await failed.Task.WaitAsync(TimeSpan.FromSeconds(5))).FailureType);

        await server.RestartAsync();
        await restored.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(await db.StringSetAsync(list + ":after", "ok"));
        Assert.Equal("ok", await db.StringGetAsync(list + ":after"));
    }

    [Fact]
    public async Task ServerDown_FailFastPolicy_CommandsFailAtOnceWithConnectionException()
    {
        await using var server = await RedisServer.StartAsync();
        var options = ClientFactory.Options(server.Endpoint);
        options.BacklogPolicy = BacklogPolicy.FailFast;
        await using var mux = await ConnectionMultiplexer.ConnectAsync(options);
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        mux.ConnectionFailed += (_, _) => failed.TrySetResult();

        server.Kill();
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => mux.GetDatabase().PingAsync());
        Assert.Contains(server.Endpoint, error.Message);
    }

    [Fact]
    public async Task ServerDown_DefaultBacklog_CommandWaitsForReconnectThenRuns()
    {
        await using var server = await RedisServer.StartAsync();
        await using var mux = await ClientFactory.ConnectAsync(server.Endpoint);
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        mux.ConnectionFailed += (_, _) => failed.TrySetResult();
        server.Kill();
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(5));

        var waiting = mux.GetDatabase().StringSetAsync("backlog", "v");
        Assert.False(waiting.IsCompleted);
        await server.RestartAsync();

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task CommandTimeout_LateReplyIsDiscarded_LaterCommandsGetTheirOwnReplies()
    {
        var options = ClientFactory.Options(redis.Endpoint);
        options.SyncTimeout = 1000;
        await using var mux = await ConnectionMultiplexer.ConnectAsync(options);
        await using var other = await ClientFactory.ConnectAsync(redis.Endpoint);
        var db = mux.GetDatabase();
        var list = RedisServerFixture.NewKeyPrefix() + "late";

        var blocked = db.ExecuteAsync("BLPOP", list, 0);
        await Assert.ThrowsAsync<RedisTimeoutException>(() => blocked);
        var afterTimeout = db.StringGetAsync(list + ":x");
        await other.GetDatabase().ExecuteAsync("RPUSH", list, "late-value");

        // The BLPOP reply now arrives for a caller that already gave up; the GET behind it must still
        // get its own (null) reply, not the BLPOP's array.
        Assert.True((await afterTimeout).IsNull);
        await db.StringSetAsync(list + ":y", "y");
        Assert.Equal("y", await db.StringGetAsync(list + ":y"));
    }

    [Fact]
    public async Task ConnectAsync_NothingListening_ThrowsConnectionExceptionNamingTheEndpoint()
    {
        var endpoint = $"127.0.0.1:{FreePort.Next()}";

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => ClientFactory.ConnectAsync(endpoint));

        Assert.Contains(endpoint, error.Message);
        Assert.Equal(ConnectionFailureType.UnableToConnect, error.FailureType);
    }

    [Fact]
    public async Task ConnectAsync_AbortConnectFalse_ReturnsAndConnectsWhenServerAppears()
    {
        await using var server = await RedisServer.StartAsync();
        server.Kill();
        var options = ClientFactory.Options(server.Endpoint);
        options.AbortOnConnectFail = false;

        await using var mux = await ConnectionMultiplexer.ConnectAsync(options);
        Assert.False(mux.IsConnected);
        await server.RestartAsync();

        await Eventually.UntilAsync(() => mux.IsConnected, "the multiplexer to connect in the background", TimeSpan.FromSeconds(10));
        await mux.GetDatabase().PingAsync();
    }

    private static async Task<RedisResult> ReadClientListAsync(string endpoint)
    {
        await using var probe = await ClientFactory.ConnectAsync(endpoint);
        return await probe.GetDatabase().ExecuteAsync("CLIENT", "LIST");
    }
}
