using StackExchange.Redis;
using WhatsAppCampaigns.CampaignState.Outcomes;
using WhatsAppCampaigns.SenderWorker.Recipients.Planning;

namespace WhatsAppCampaigns.SenderWorker.Progress;

/// <summary>
/// Rows that were not sent for a reason of their own (invalid, duplicate, missing variable, opted
/// out), with row number and reason, in a Redis list capped at <c>capacity</c> entries (the
/// counts stay exact beyond it), written in batches. Each entry is a <see cref="RowOutcomeLine"/>,
/// the format the operator reads back.
/// </summary>
internal sealed class RowOutcomeLog(IDatabaseAsync db, string key, int capacity)
{
    private readonly List<RedisValue> _pending = [];
    private long _written;

    public async Task AddAsync(PlannedRecipient planned, string outcome)
    {
        if (_written + _pending.Count >= capacity) return;
        _pending.Add(RowOutcomeLine.Format(planned.RowNumber, outcome, planned.Reason, planned.Detail));
        if (_pending.Count >= 256) await FlushAsync();
    }

    public async Task ResetAsync() => await db.KeyDeleteAsync(key);

    public async Task FlushAsync()
    {
        if (_pending.Count == 0) return;
        await db.ListRightPushAsync(key, [.. _pending]);
        _written += _pending.Count;
        _pending.Clear();
    }
}
