namespace WhatsAppCampaigns.Operator.Progress;

/// <summary>
/// The sender's Redis key layout (SenderWorker <c>Dedupe/DedupeKeys.cs</c>, internal there): one
/// hash-tagged scope per campaign, <c>{namespace}/{name}</c>, shared by all its runs. Pure.
/// </summary>
public static class ProgressKeys
{
    /// <summary>The campaign's dedupe scope.</summary>
    public static string Scope(string @namespace, string campaign) => $"{@namespace}/{campaign}";

    /// <summary>The run's progress hash.</summary>
    public static string Progress(string @namespace, string campaign, string runId) => $"sender:{{{Scope(@namespace, campaign)}}}:progress:{runId}";

    /// <summary>The run's list of rows not sent for a reason of their own.</summary>
    public static string Rows(string @namespace, string campaign, string runId) => $"sender:{{{Scope(@namespace, campaign)}}}:rows:{runId}";

    /// <summary>SCAN pattern of every key of the campaign (claims, fence, progress, rows).</summary>
    public static string AllKeysPattern(string @namespace, string campaign) =>
        $"sender:{{{EscapeGlob(Scope(@namespace, campaign))}}}:*";

    private static string EscapeGlob(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("?", "\\?", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal);
}
