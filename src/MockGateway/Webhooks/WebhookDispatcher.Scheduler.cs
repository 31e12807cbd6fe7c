namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>
/// The scheduler: jobs and retries in, due posts out to the lanes, in (due time, arrival) order.
/// A lane that is full (slow receiver) gets a backlog, kept in order, instead of blocking the
/// scheduler, so one slow lane never holds up the others. When the backlogs together hold
/// <c>QueueCapacity</c> events the scheduler stops taking jobs, the job channel fills, and the
/// send path waits: memory stays bounded and nothing is dropped.
/// </summary>
internal sealed partial class WebhookDispatcher
{
    // How soon to look again at a full lane; real time, because lane capacity is not simulated time.
    private static readonly TimeSpan BacklogPoll = TimeSpan.FromMilliseconds(5);

    private async Task RunSchedulerAsync(CancellationToken ct)
    {
        var events = new PriorityQueue<WebhookEvent, (long Due, long Order)>();
        var retries = new PriorityQueue<PendingPost, (long Due, long Order)>();
        var backlog = new LaneBacklog(_lanes);
        long order = 0;
        Task<bool>? jobsReady = null, retriesReady = null;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                backlog.Flush();
                var throttled = backlog.Events >= _options.QueueCapacity;
                var epoch = _state.Epoch;
                while (!throttled && _jobs.Reader.TryRead(out var job))
                {
                    var planned = 0;
                    foreach (var e in WebhookEventPlanner.Expand(job, epoch))
                    {
                        events.Enqueue(e, (e.DueTicks, order++));
                        planned++;
                    }
                    _counters.JobExpanded(planned);
                }
                while (_retries.Reader.TryRead(out var post)) retries.Enqueue(post, (post.DueTicks, order++));

                var now = _time.GetUtcNow().UtcTicks;
                ReleaseDue(events, retries, backlog, now);

                var next = Math.Min(events.TryPeek(out _, out var e1) ? e1.Due : long.MaxValue,
                                    retries.TryPeek(out _, out var r1) ? r1.Due : long.MaxValue);
                if (next <= now) continue;
                var waits = new List<Task>(4);
                if (!throttled) waits.Add(jobsReady ??= _jobs.Reader.WaitToReadAsync(ct).AsTask());
                waits.Add(retriesReady ??= _retries.Reader.WaitToReadAsync(ct).AsTask());
                using var wake = CancellationTokenSource.CreateLinkedTokenSource(ct);
                if (next != long.MaxValue) waits.Add(Task.Delay(TimeSpan.FromTicks(next - now), _time, wake.Token));
                if (backlog.Events > 0) waits.Add(Task.Delay(BacklogPoll, wake.Token));
                await Task.WhenAny(waits);
                await wake.CancelAsync();
                if (jobsReady?.IsCompleted == true) jobsReady = null;
                if (retriesReady.IsCompleted) retriesReady = null;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private void ReleaseDue(PriorityQueue<WebhookEvent, (long, long)> events,
        PriorityQueue<PendingPost, (long, long)> retries, LaneBacklog backlog, long now)
    {
        while (retries.TryPeek(out var post, out var due) && due.Item1 <= now)
        {
            retries.Dequeue();
            backlog.Dispatch(post);
        }
        var batches = new List<WebhookEvent>?[_lanes.Length];
        while (events.TryPeek(out var e, out var due) && due.Item1 <= now)
        {
            events.Dequeue();
            if (e is InboundEvent { OpensWindowOf: { } pair }) pair.RecordInbound(e.LogicalTicks);
            if (e is InboundEvent) _counters.Inbound();
            if (e is StatusEvent { IsDuplicate: true }) _counters.DuplicateInjected();
            if (e is StatusEvent { IsReordered: true }) _counters.Reordered();
            var lane = LaneOf(e.WaId, _lanes.Length);
            var batch = batches[lane] ??= new List<WebhookEvent>(_options.MaxBatchSize);
            batch.Add(e);
            if (batch.Count < _options.MaxBatchSize) continue;
            batches[lane] = null;
            backlog.Dispatch(new PendingPost(lane, batch));
        }
        for (var lane = 0; lane < batches.Length; lane++)
            if (batches[lane] is { } rest)
                backlog.Dispatch(new PendingPost(lane, rest));
    }
}
