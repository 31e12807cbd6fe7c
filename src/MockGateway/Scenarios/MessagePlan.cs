namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>
/// Everything that will happen to one accepted message, decided at acceptance. Times are offsets
/// from acceptance: the logical time of each status (its webhook <c>timestamp</c>).
/// </summary>
internal sealed record MessagePlan(
    MessageStatus FinalStatus,
    int FailureCode,
    TimeSpan SentAt,
    TimeSpan DeliveredAt,
    TimeSpan ReadAt,
    bool ReadBeforeDelivered,
    MessageStatus? Duplicated,
    TimeSpan DuplicateDelay,
    string? ReplyText,
    TimeSpan ReplyAt)
{
    /// <summary>The statuses this message goes through, in logical order.</summary>
    public IEnumerable<MessageStatus> Statuses()
    {
        if (FinalStatus == MessageStatus.Failed)
        {
            yield return MessageStatus.Failed;
            yield break;
        }
        yield return MessageStatus.Sent;
        if (FinalStatus >= MessageStatus.Delivered) yield return MessageStatus.Delivered;
        if (FinalStatus == MessageStatus.Read) yield return MessageStatus.Read;
    }

    /// <summary>The logical time of <paramref name="status"/>.</summary>
    public TimeSpan TimeOf(MessageStatus status) => status switch
    {
        MessageStatus.Delivered => DeliveredAt,
        MessageStatus.Read => ReadAt,
        _ => SentAt,
    };

    /// <summary>When the webhook for <paramref name="status"/> is emitted: its logical time, except a
    /// reordered <c>read</c>/<c>delivered</c> pair swaps emission slots.</summary>
    public TimeSpan EmitAt(MessageStatus status) => (status, ReadBeforeDelivered) switch
    {
        (MessageStatus.Read, true) => DeliveredAt,
        (MessageStatus.Delivered, true) => ReadAt,
        _ => TimeOf(status),
    };
}
