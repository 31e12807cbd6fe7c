using System.Globalization;

namespace WhatsAppCampaigns.CampaignState.Outcomes;

/// <summary>
/// One entry of a run's row-outcome list (<see cref="CampaignKeys.RowOutcomesOf"/>): a row that was
/// not sent for a reason of its own. The sender writes it with <see cref="Format"/>, the operator
/// reads it back with <see cref="TryParse"/>; the text is also what people see with
/// <c>redis-cli LRANGE</c>: <c>row 17: INVALID TOO_SHORT: '+••• ••4567' has 7 digits</c>. Pure.
/// </summary>
/// <param name="Row">The row number as a spreadsheet shows the file (header = row 1).</param>
/// <param name="Outcome">One of the outcome names below, e.g. <see cref="Invalid"/>.</param>
/// <param name="Reason">A reason code such as <c>TOO_SHORT</c>; null when there is none.</param>
/// <param name="Detail">Plain words about the row; null when there are none.</param>
public sealed record RowOutcomeLine(long Row, string Outcome, string? Reason, string? Detail)
{
    /// <summary>The phone (or another required cell) could not be used.</summary>
    public const string Invalid = "INVALID";

    /// <summary>An earlier row (or an earlier run, per the dedupe scope) has the same recipient.</summary>
    public const string Duplicate = "DUPLICATE";

    /// <summary>A <c>{{variable}}</c> has neither a value nor a default for this row.</summary>
    public const string MissingVariable = "MISSINGVARIABLE";

    /// <summary>The recipient is in the session's opt-out set.</summary>
    public const string OptedOut = "OPTED_OUT";

    private const string Head = "row ";

    /// <summary>The reason and detail as one text (<c>TOO_SHORT: detail</c>); the outcome name when both are absent.</summary>
    public string Explanation => (Reason, Detail) switch
    {
        (null or "", null or "") => Outcome,
        (null or "", { } detail) => detail,
        ({ } reason, null or "") => reason,
        ({ } reason, { } detail) => $"{reason}: {detail}",
    };

    /// <summary>The entry as written: <c>row 17: INVALID TOO_SHORT: detail</c>.</summary>
    public string Format() => Format(Row, Outcome, Reason, Detail);

    /// <summary>Writes an entry without allocating the record (the sender's hot path).</summary>
    /// <param name="row">The row number.</param>
    /// <param name="outcome">The outcome name.</param>
    /// <param name="reason">The reason code, or null.</param>
    /// <param name="detail">The detail, or null.</param>
    public static string Format(long row, string outcome, string? reason, string? detail) =>
        string.Create(CultureInfo.InvariantCulture, $"{Head}{row}: {outcome} {reason}{(detail is null ? "" : ": " + detail)}");

    /// <summary>
    /// Reads an entry written by <see cref="Format(long, string, string?, string?)"/>; false for any
    /// other text. The outcome is the first word after <c>row N: </c>, the reason the rest up to the
    /// first <c>": "</c> (reason codes hold no colon), the detail everything after it.
    /// </summary>
    /// <param name="entry">The list entry.</param>
    /// <param name="line">The parsed entry, or null.</param>
    public static bool TryParse(string entry, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RowOutcomeLine? line)
    {
        ArgumentNullException.ThrowIfNull(entry);
        line = null;
        if (!entry.StartsWith(Head, StringComparison.Ordinal)) return false;
        var colon = entry.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 || !long.TryParse(entry.AsSpan(Head.Length, colon - Head.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var row))
            return false;
        var rest = entry[(colon + 2)..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var outcome = space < 0 ? rest : rest[..space];
        if (outcome.Length == 0) return false;
        var tail = space < 0 ? "" : rest[(space + 1)..];
        var split = tail.IndexOf(": ", StringComparison.Ordinal);
        var reason = (split < 0 ? tail : tail[..split]).Trim();
        var detail = split < 0 ? null : tail[(split + 2)..];
        line = new RowOutcomeLine(row, outcome, reason.Length == 0 ? null : reason, detail);
        return true;
    }
}
