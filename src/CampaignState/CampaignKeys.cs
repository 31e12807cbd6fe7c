namespace WhatsAppCampaigns.CampaignState;

/// <summary>
/// The Redis key layout of one campaign, shared by the sender (writes claims, records, progress),
/// the webhook receiver (settles records from status webhooks) and the operator (reads progress,
/// deletes everything on finalize). Two scopes: the campaign's scope <c>{namespace}/{name}</c>
/// (progress and row outcomes of its runs) and the claims scope, where a recipient is claimed at
/// most once: by default the campaign's scope (shared by all its runs, so a re-run never re-sends),
/// or one per run (<see cref="RunClaimsScopeOf"/>) or one per session (<see cref="SessionClaimsScopeOf"/>),
/// as the campaign's <c>delivery.dedupeScope</c> says. Each scope is a hash tag: the keys one script
/// touches (claims, fence, first rows) live in one cluster slot. Pure.
/// </summary>
/// <param name="Scope">The campaign's scope (see <see cref="ScopeOf"/>).</param>
/// <param name="Session">The WhatsApp session (business phone number) the campaign sends from.</param>
public sealed record CampaignKeys(string Scope, string Session)
{
    /// <summary>
    /// Where recipients are claimed: <see cref="Scope"/> unless set (run or session scope). This is
    /// the scope callback data carries, so a webhook finds the record with <c>new CampaignKeys(scope, …).Claims</c>.
    /// </summary>
    public string ClaimsScope { get; init; } = Scope;

    /// <summary>Hash: recipient key (E.164 or recipient id) → <see cref="ClaimRecord"/> text.</summary>
    public string Claims => $"sender:{{{ClaimsScope}}}:claims";

    /// <summary>String: the highest fencing token seen for the claims scope; older holders are refused.</summary>
    public string Fence => $"sender:{{{ClaimsScope}}}:fence";

    /// <summary>
    /// Hash: recipient key → the first row (as the sender numbers rows) that named the recipient in
    /// the run, for in-run duplicate detection without holding every recipient in memory. Lives in
    /// the claims scope's slot (the claim script writes it), named after the campaign and run.
    /// </summary>
    /// <param name="run">The run id.</param>
    public string FirstRows(string run) => $"sender:{{{ClaimsScope}}}:firstrows:{Scope}:{run}";

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

    /// <summary>The claims scope of one run, for <c>dedupeScope: Run</c>: every run starts afresh.</summary>
    /// <param name="namespace">The campaign's namespace.</param>
    /// <param name="campaign">The campaign's name.</param>
    /// <param name="run">The run id.</param>
    public static string RunClaimsScopeOf(string @namespace, string campaign, string run) => $"{@namespace}/{campaign}/run/{run}";

    /// <summary>
    /// The claims scope shared by every campaign of a session, for <c>dedupeScope: Session</c>. Two
    /// slashes, so it never equals a campaign's scope (one slash) or a run's (three).
    /// </summary>
    /// <param name="namespace">The session's (and its campaigns') namespace.</param>
    /// <param name="session">The session name.</param>
    public static string SessionClaimsScopeOf(string @namespace, string session) => $"{@namespace}/session/{session}";

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

    /// <summary>SCAN pattern matching every key of every run claims scope of the campaign (never a session's).</summary>
    /// <param name="namespace">The campaign's namespace.</param>
    /// <param name="campaign">The campaign's name.</param>
    public static string RunClaimsKeysPattern(string @namespace, string campaign) =>
        $"sender:{{{EscapeGlob(ScopeOf(@namespace, campaign))}/run/*}}:*";

    private static string EscapeGlob(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("?", "\\?", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal);
}
