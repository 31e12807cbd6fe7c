namespace Redis.Client;

/// <summary>
/// What happens to a command issued while its endpoint is disconnected. Mirrors
/// StackExchange.Redis's <c>BacklogPolicy</c>.
/// </summary>
public sealed class BacklogPolicy
{
    /// <summary>Wait (up to the command's timeout) for the connection to come back, then send.</summary>
    public static BacklogPolicy Default { get; } = new() { QueueWhileDisconnected = true };

    /// <summary>Fail at once with <see cref="RedisConnectionException"/>.</summary>
    public static BacklogPolicy FailFast { get; } = new() { QueueWhileDisconnected = false };

    /// <summary>Whether commands wait for a reconnect instead of failing at once.</summary>
    public bool QueueWhileDisconnected { get; init; }

    /// <summary>
    /// Commands already written when the connection fails are always failed (whether the server ran
    /// them is unknown); this is true for every policy here and kept for shape compatibility.
    /// </summary>
    public bool AbortPendingOnConnectionFailure { get; init; } = true;
}
