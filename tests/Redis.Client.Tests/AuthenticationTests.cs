using TestSupport;

namespace Redis.Client.Tests;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private RedisServer? _server;

    private RedisServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = await RedisServer.StartAsync();
        await using var admin = await ClientFactory.ConnectAsync(Server.Endpoint);
        await admin.GetDatabase().ExecuteAsync("ACL", "SETUSER", "sender", "on", ">s3cret", "~dedupe:*", "~rl:*",
            "+@read", "+@write", "+@connection", "-@dangerous", "+acl|whoami");
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task ConnectAsync_AclUserWithPassword_AuthenticatesAndIsLimitedByItsAcl()
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync($"{Server.Endpoint},user=sender,password=s3cret");
        var db = mux.GetDatabase();

        var whoAmI = await db.ExecuteAsync("ACL", "WHOAMI");
        Assert.Equal("sender", (string?)whoAmI);
        Assert.True(await db.SetAddAsync("dedupe:{campaign:1}:sent", "+5511900000001"));
        var denied = await Assert.ThrowsAsync<RedisServerException>(() => db.StringSetAsync("other", "x"));
        Assert.Equal("NOPERM", denied.Prefix);
    }

    [Fact]
    public async Task ConnectAsync_WrongPassword_ThrowsAuthenticationFailureWithoutThePassword()
    {
        var error = await Assert.ThrowsAsync<RedisConnectionException>(() =>
            ConnectionMultiplexer.ConnectAsync($"{Server.Endpoint},user=sender,password=wrong-one"));

        Assert.Equal(ConnectionFailureType.AuthenticationFailure, error.FailureType);
        Assert.Contains("WRONGPASS", error.Message);
        Assert.DoesNotContain("wrong-one", error.Message);
    }
}
