using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.CampaignState.Outcomes;

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
    public bool Done => State == ProgressStates.Done;

    /// <summary>How many fields <see cref="TopFailureCodes"/> keeps (the status schema allows 10).</summary>
    public const int MaxFailureCodes = 10;

    /// <summary>Recipients whose message was delivered (or read), from status webhooks (the delivery hash).</summary>
    public long Delivered { get; init; }

    /// <summary>Recipients whose message was read, from status webhooks.</summary>
    public long Read { get; init; }

    /// <summary>Recipients who replied, from inbound-message webhooks.</summary>
    public long Replied { get; init; }

    /// <summary>
    /// Failure codes, most frequent first (ties by code): the sender's synchronous failures (its
    /// progress fields <c>failedCode:&lt;code&gt;</c>) plus the webhooks' asynchronous ones (the
    /// delivery hash's), at most <see cref="MaxFailureCodes"/>.
    /// </summary>
    public IReadOnlyList<(string Code, long Count)> TopFailureCodes { get; init; } = [];

    /// <summary>Parses the hash fields; missing fields count as zero.</summary>
    public static RunProgress FromHash(IReadOnlyDictionary<string, string> fields, IReadOnlyList<(long Row, string Reason)> invalidRows)
    {
        ArgumentNullException.ThrowIfNull(fields);
        long N(string name) => fields.TryGetValue(name, out var v) && long.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new RunProgress(N(ProgressFields.Rows), N(ProgressFields.Valid), N(ProgressFields.Invalid), N(ProgressFields.Duplicate),
            N(ProgressFields.MissingVariable), N(ProgressFields.OptedOut), N(ProgressFields.Sent), N(ProgressFields.AlreadySent),
            N(ProgressFields.Failed), N(ProgressFields.Unknown), N(ProgressFields.NotSent), fields.GetValueOrDefault(ProgressFields.State) ?? "",
            fields.GetValueOrDefault(ProgressFields.Reason) ?? "", invalidRows)
        {
            TopFailureCodes = MergeFailureCodes(fields, null),
        };
    }

    /// <summary>
    /// Adds the webhook receiver's delivery hash of the run's claims scope (<c>DeliveryKeys.Delivery</c>:
    /// delivered, read, replied, <c>failedCode:&lt;code&gt;</c>); null or empty changes nothing but the merge.
    /// </summary>
    /// <param name="progress">The sender's progress fields (for its synchronous failure codes).</param>
    /// <param name="delivery">The delivery hash fields.</param>
    public RunProgress WithDelivery(IReadOnlyDictionary<string, string> progress, IReadOnlyDictionary<string, string>? delivery)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (delivery is null || delivery.Count == 0) return this;
        return this with
        {
            Delivered = Count(delivery, "delivered"),
            Read = Count(delivery, "read"),
            Replied = Count(delivery, "replied"),
            TopFailureCodes = MergeFailureCodes(progress, delivery),
        };
    }

    /// <summary>The <c>failedCode:&lt;code&gt;</c> fields of both hashes summed per code, most frequent first. Pure.</summary>
    /// <param name="progress">The sender's progress fields.</param>
    /// <param name="delivery">The delivery hash fields, or null.</param>
    public static IReadOnlyList<(string Code, long Count)> MergeFailureCodes(IReadOnlyDictionary<string, string> progress,
        IReadOnlyDictionary<string, string>? delivery)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var fields in delivery is null ? [progress] : new[] { progress, delivery })
        {
            foreach (var (name, value) in fields)
            {
                if (!name.StartsWith(DeliveryKeys.FailedCodePrefix, StringComparison.Ordinal) || name.Length == DeliveryKeys.FailedCodePrefix.Length) continue;
                if (!long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) || n <= 0) continue;
                var code = name[DeliveryKeys.FailedCodePrefix.Length..];
                counts[code] = counts.GetValueOrDefault(code) + n;
            }
        }
        if (counts.Count == 0) return []; // the shared empty list: records without codes stay equal
        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(MaxFailureCodes).Select(c => (c.Key, c.Value))];
    }

    private static long Count(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var v) && long.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>
    /// The row and explanation of an <see cref="RowOutcomeLine.Invalid"/> row-outcome entry
    /// (<c>row 17: INVALID TOO_SHORT: detail</c> → 17, <c>TOO_SHORT: detail</c>, cut to the status
    /// schema's 1024 characters); null for other outcomes and other text.
    /// </summary>
    public static (long Row, string Reason)? ParseInvalidRow(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!RowOutcomeLine.TryParse(entry, out var line) || line.Outcome != RowOutcomeLine.Invalid) return null;
        var reason = line.Explanation;
        return (line.Row, reason.Length > 1024 ? reason[..1024] : reason);
    }
}
