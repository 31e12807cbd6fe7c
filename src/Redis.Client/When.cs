namespace Redis.Client;

/// <summary>The condition of a conditional write. Mirrors StackExchange.Redis's <c>When</c>.</summary>
public enum When
{
    /// <summary>Write unconditionally.</summary>
    Always = 0,

    /// <summary>Write only if the key (or field) exists: <c>XX</c>.</summary>
    Exists = 1,

    /// <summary>Write only if the key (or field) does not exist: <c>NX</c>.</summary>
    NotExists = 2,
}
