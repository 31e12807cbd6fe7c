namespace Redis.Client;

/// <summary>Per-command behaviour. Mirrors StackExchange.Redis's <c>CommandFlags</c> (subset).</summary>
[Flags]
public enum CommandFlags
{
    /// <summary>Default behaviour.</summary>
    None = 0,

    /// <summary>Don't wait for the reply: the task completes at once with a default value.</summary>
    FireAndForget = 2,

    /// <summary>Only run on a primary; commands always go to the primary when one is known.</summary>
    DemandMaster = 4,
}
