namespace WhatsAppCampaigns.Operator.Progress;

/// <summary>
/// A run's counters as its sender last published them (Redis hash
/// <c>sender:{ns/campaign}:progress:{run}</c>, absolute values), plus the first invalid rows.
/// </summary>
public sealed record RunProgress(long Rows, long Valid, long Invalid, long Duplicate, long MissingVariable, long OptedOut,
    long Sent, long AlreadySent, long Failed, long Unknown, long NotSent, string State, string Reason,
    IReadOnlyList<(long Row, string Reason)> InvalidRows)
{
    /// <summary>Rows that reached an outcome other than "not sent yet".</summary>
    public long Processed => Invalid + Duplicate + MissingVariable + OptedOut + Sent + Failed + Unknown;

    /// <summary>The run's sender said it is done.</summary>
    public bool Done => State == "done";

    /// <summary>Parses the hash fields; missing fields count as zero.</summary>
    public static RunProgress FromHash(IReadOnlyDictionary<string, string> fields, IReadOnlyList<(long Row, string Reason)> invalidRows)
    {
        ArgumentNullException.ThrowIfNull(fields);
        long N(string name) => fields.TryGetValue(name, out var v) && long.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new RunProgress(N("rows"), N("valid"), N("invalid"), N("duplicate"), N("missingVariable"), N("optedOut"), N("sent"),
            N("alreadySent"), N("failed"), N("unknown"), N("notSent"), fields.GetValueOrDefault("state") ?? "",
            fields.GetValueOrDefault("reason") ?? "", invalidRows);
    }

    /// <summary>Parses a row-outcome entry "row 17: INVALID TOO_SHORT: detail"; null for other outcomes.</summary>
    public static (long Row, string Reason)? ParseInvalidRow(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!entry.StartsWith("row ", StringComparison.Ordinal)) return null;
        var colon = entry.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 || !long.TryParse(entry.AsSpan(4, colon - 4), System.Globalization.CultureInfo.InvariantCulture, out var row)) return null;
        var rest = entry[(colon + 2)..];
        if (!rest.StartsWith("INVALID", StringComparison.Ordinal)) return null;
        var reason = rest["INVALID".Length..].Trim();
        return (row, reason.Length == 0 ? "INVALID" : reason.Length > 1024 ? reason[..1024] : reason);
    }
}
