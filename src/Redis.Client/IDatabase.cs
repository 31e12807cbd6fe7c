namespace Redis.Client;

/// <summary>
/// One database on the multiplexer. Mirrors StackExchange.Redis's <c>IDatabase</c>; only the async
/// members exist here (the synchronous twins are left out on purpose: callers are all async).
/// </summary>
public interface IDatabase : IDatabaseAsync
{
    /// <summary>The database number.</summary>
    int Database { get; }
}
