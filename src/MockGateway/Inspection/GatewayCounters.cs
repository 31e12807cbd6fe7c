using System.Collections.Concurrent;

namespace WhatsAppCampaigns.MockGateway.Inspection;

/// <summary>Counters updated with single interlocked adds from the send path and the webhook dispatcher.</summary>
internal sealed class GatewayCounters
{
    private long _requests;
    private long _accepted;
    private long _rejected;
    private long _connectionResets;
    private long _inbound;
    private long _webhookPosts;
    private long _webhookEvents;
    private long _webhookFailures;
    private long _webhooksAbandoned;
    private long _duplicates;
    private long _reordered;
    private long _queueFullWaits;
    private long _jobsQueued;
    private long _jobsExpanded;
    private long _eventsPlanned;
    private long _eventsAbandoned;
    private ConcurrentDictionary<int, long> _rejectedByCode = new();

    public void Request() => Interlocked.Increment(ref _requests);
    public long Accept() => Interlocked.Increment(ref _accepted);
    public void ConnectionReset() => Interlocked.Increment(ref _connectionResets);
    public void Inbound() => Interlocked.Increment(ref _inbound);
    public void WebhookPosted(int events)
    {
        Interlocked.Increment(ref _webhookPosts);
        Interlocked.Add(ref _webhookEvents, events);
    }
    public void WebhookFailed() => Interlocked.Increment(ref _webhookFailures);
    public void WebhookAbandoned(int events)
    {
        Interlocked.Add(ref _eventsAbandoned, events);
        Interlocked.Increment(ref _webhooksAbandoned);
    }

    public void JobQueued() => Interlocked.Increment(ref _jobsQueued);

    /// <summary>Planned events are added before the job counts as expanded, so a reader never sees it settled early.</summary>
    public void JobExpanded(int events)
    {
        Interlocked.Add(ref _eventsPlanned, events);
        Interlocked.Increment(ref _jobsExpanded);
    }
    public void DuplicateInjected() => Interlocked.Increment(ref _duplicates);
    public void Reordered() => Interlocked.Increment(ref _reordered);
    public void QueueFullWait() => Interlocked.Increment(ref _queueFullWaits);

    public void Reject(int code)
    {
        Interlocked.Increment(ref _rejected);
        _rejectedByCode.AddOrUpdate(code, 1, static (_, n) => n + 1);
    }

    public CountersSnapshot Snapshot()
    {
        // Read "queued" before "expanded" and "planned" before "delivered": counts only grow, so
        // a snapshot can look busy when it is settled, never settled while work is pending.
        var queued = Volatile.Read(ref _jobsQueued);
        var expanded = Volatile.Read(ref _jobsExpanded);
        var planned = Volatile.Read(ref _eventsPlanned);
        var settled = queued == expanded
            && planned == Volatile.Read(ref _webhookEvents) + Volatile.Read(ref _eventsAbandoned);
        return new(
        Volatile.Read(ref _requests), Volatile.Read(ref _accepted), Volatile.Read(ref _rejected),
        new SortedDictionary<int, long>(_rejectedByCode), Volatile.Read(ref _connectionResets),
        Volatile.Read(ref _inbound), Volatile.Read(ref _webhookPosts), Volatile.Read(ref _webhookEvents),
        Volatile.Read(ref _webhookFailures), Volatile.Read(ref _webhooksAbandoned), Volatile.Read(ref _duplicates),
        Volatile.Read(ref _reordered), Volatile.Read(ref _queueFullWaits), queued, planned, settled);
    }

    /// <summary>
    /// After the dispatcher stopped for good (a host stopped): the jobs it never expanded and the
    /// events it never delivered are gone, so they count as abandoned and the counters read settled again.
    /// </summary>
    public void AbandonUndelivered()
    {
        Volatile.Write(ref _jobsExpanded, Volatile.Read(ref _jobsQueued));
        Volatile.Write(ref _eventsAbandoned, Volatile.Read(ref _eventsPlanned) - Volatile.Read(ref _webhookEvents));
    }

    public void Reset()
    {
        _requests = _accepted = _rejected = _connectionResets = _inbound = _webhookPosts = _webhookEvents = 0;
        _webhookFailures = _webhooksAbandoned = _duplicates = _reordered = _queueFullWaits = 0;
        _jobsQueued = _jobsExpanded = _eventsPlanned = _eventsAbandoned = 0;
        _rejectedByCode = new ConcurrentDictionary<int, long>();
    }
}
