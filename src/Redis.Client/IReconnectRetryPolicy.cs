namespace Redis.Client;

/// <summary>Decides when to try reconnecting. Mirrors StackExchange.Redis's <c>IReconnectRetryPolicy</c>.</summary>
public interface IReconnectRetryPolicy
{
    /// <summary>
    /// Whether to try again now, given how many attempts failed since the connection broke and how
    /// long ago the last attempt was. Polled every few milliseconds while disconnected.
    /// </summary>
    bool ShouldRetry(long currentRetryCount, int timeElapsedMillisecondsSinceLastRetry);
}
