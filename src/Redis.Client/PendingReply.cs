namespace Redis.Client;

/// <summary>One command waiting for its reply, in the connection's FIFO of in-flight commands.</summary>
internal interface IPendingReply
{
    /// <summary>When the command was queued (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
    long QueuedAt { get; }

    /// <summary>The command, for messages.</summary>
    RedisCommand Command { get; }

    /// <summary>True once the caller has an answer (reply, error or timeout).</summary>
    bool IsDone { get; }

    /// <summary>Delivers the reply (an error reply fails the command).</summary>
    void Complete(RedisResult reply);

    /// <summary>Fails the command; a no-op when it already has an answer.</summary>
    void Fail(Exception error);
}

/// <summary>
/// A pending command whose caller awaits a <see cref="Task{T}"/>. Continuations run asynchronously so
/// no caller's code ever runs on (and stalls) the connection's reader.
/// </summary>
internal sealed class PendingReply<T>(RedisCommand command, ResultProcessor<T> processor, long queuedAt)
    : TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously), IPendingReply
{
    public long QueuedAt { get; } = queuedAt;

    public RedisCommand Command { get; } = command;

    public bool IsDone => Task.IsCompleted;

    public void Complete(RedisResult reply)
    {
        if (reply.IsError)
        {
            TrySetException(new RedisServerException((string?)reply.Value ?? "ERR"));
            return;
        }
        T value;
        try
        {
            value = processor.Process(reply);
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException or RedisException)
        {
            TrySetException(new RedisException($"Unexpected reply to {Command.Name}: {ex.Message}", ex));
            return;
        }
        TrySetResult(value);
    }

    public void Fail(Exception error) => TrySetException(error);
}

/// <summary>A pending command whose reply nobody awaits (fire-and-forget, connection bookkeeping).</summary>
internal sealed class DiscardedReply(RedisCommand command, long queuedAt, Action<RedisResult>? onError = null) : IPendingReply
{
    public long QueuedAt { get; } = queuedAt;

    public RedisCommand Command { get; } = command;

    public bool IsDone { get; private set; }

    public void Complete(RedisResult reply)
    {
        IsDone = true;
        if (reply.IsError) onError?.Invoke(reply);
    }

    public void Fail(Exception error) => IsDone = true;
}
