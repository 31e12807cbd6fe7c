namespace WhatsAppCampaigns.CampaignState;

/// <summary>
/// The Redis key layout of one campaign, shared by the sender (writes claims, records, progress),
/// the webhook receiver (settles records from status webhooks) and the operator (reads progress,
/// deletes everything on finalize). One scope per campaign, <c>{namespace}/{name}</c>, shared by
/// all its runs, so a re-run never re-sends. The scope is a hash tag: all of a campaign's keys live
/// in one cluster slot, which the multi-key scripts need. Pure.
/// </summary>
/// <param name="Scope">The campaign's dedupe scope (see <see cref="ScopeOf"/>).</param>
/// <param name="Session">The WhatsApp session (business phone number) the campaign sends from.</param>
public sealed record CampaignKeys(string Scope, string Session)
{
    /// <summary>Hash: recipient key (E.164 or recipient id) → <see cref="ClaimRecord"/> text.</summary>
    public string Claims => $"sender:{{{Scope}}}:claims";

    /// <summary>String: the highest fencing token seen for the scope; older holders are refused.</summary>
    public string Fence => $"sender:{{{Scope}}}:fence";

    /// <summary>Set of E.164 numbers that opted out of the session's messages.</summary>
    public string OptOut => OptOutOf(Session);

    /// <summary>The run's progress hash (absolute counters, state, reason, updatedAt).</summary>
    public string Progress(string run) => ProgressOf(Scope, run);

    /// <summary>The run's list of rows not sent for a reason of their own ("row 17: INVALID ...").</summary>
    public string RowOutcomes(string run) => RowOutcomesOf(Scope, run);

    /// <summary>The campaign's dedupe scope: namespace/name.</summary>
    /// <param name="namespace">The campaign's namespace.</param>
    /// <param name="campaign">The campaign's name.</param>
    public static string ScopeOf(string @namespace, string campaign) => $"{@namespace}/{campaign}";

    /// <summary>The opt-out set of a session.</summary>
    /// <param name="session">The session name.</param>
    public static string OptOutOf(string session) => $"optout:{{{session}}}";

    /// <summary>A run's progress hash.</summary>
    /// <param name="scope">The campaign's scope.</param>
    /// <param name="run">The run id.</param>
    public static string ProgressOf(string scope, string run) => $"sender:{{{scope}}}:progress:{run}";

    /// <summary>A run's list of rows not sent for a reason of their own.</summary>
    /// <param name="scope">The campaign's scope.</param>
    /// <param name="run">The run id.</param>
    public static string RowOutcomesOf(string scope, string run) => $"sender:{{{scope}}}:rows:{run}";

    /// <summary>SCAN pattern matching every key of the scope (claims, fence, progress, rows, ...).</summary>
    /// <param name="scope">The campaign's scope.</param>
    public static string AllKeysPattern(string scope) => $"sender:{{{EscapeGlob(scope)}}}:*";

    private static string EscapeGlob(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("?", "\\?", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal);
}
