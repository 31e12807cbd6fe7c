namespace Redis.Client.Tests;

/// <summary>Short timeouts and fast reconnects, so failure tests finish in seconds.</summary>
internal static class ClientFactory
{
    public static ConfigurationOptions Options(string endpoint, RedisProtocol protocol = RedisProtocol.Resp2)
    {
        var options = ConfigurationOptions.Parse(endpoint);
        options.Protocol = protocol;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 5000;
        options.ReconnectRetryPolicy = new ExponentialRetry(20, 200);
        return options;
    }

    public static Task<ConnectionMultiplexer> ConnectAsync(string endpoint, RedisProtocol protocol = RedisProtocol.Resp2) =>
        ConnectionMultiplexer.ConnectAsync(Options(endpoint, protocol));
}
