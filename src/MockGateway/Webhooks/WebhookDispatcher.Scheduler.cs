namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>The scheduler: jobs and retries in, due posts out to the lanes, in (due time, arrival) order.</summary>
internal sealed partial class WebhookDispatcher
{
    private async Task RunSchedulerAsync(CancellationToken ct)
    {
        var events = new PriorityQueue<WebhookEvent, (long Due, long Order)>();
        var retries = new PriorityQueue<PendingPost, (long Due, long Order)>();
        long order = 0;
        Task<bool>? jobsReady = null, retriesReady = null;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var epoch = _state.Epoch;
                while (_jobs.Reader.TryRead(out var job))
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
                await ReleaseDueAsync(events, retries, now, ct);

                jobsReady ??= _jobs.Reader.WaitToReadAsync(ct).AsTask();
                retriesReady ??= _retries.Reader.WaitToReadAsync(ct).AsTask();
                var next = Math.Min(events.TryPeek(out _, out var e1) ? e1.Due : long.MaxValue,
                                    retries.TryPeek(out _, out var r1) ? r1.Due : long.MaxValue);
                if (next <= now) continue;
                using var wake = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var timer = next == long.MaxValue ? Task.Delay(Timeout.Infinite, wake.Token)
                    : Task.Delay(TimeSpan.FromTicks(next - now), _time, wake.Token);
                var woke = await Task.WhenAny(jobsReady, retriesReady, timer);
                await wake.CancelAsync();
                if (jobsReady.IsCompleted) jobsReady = null;
                if (retriesReady.IsCompleted) retriesReady = null;
                if (woke.IsCanceled && ct.IsCancellationRequested) return;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task ReleaseDueAsync(PriorityQueue<WebhookEvent, (long, long)> events,
        PriorityQueue<PendingPost, (long, long)> retries, long now, CancellationToken ct)
    {
        while (retries.TryPeek(out var post, out var due) && due.Item1 <= now)
        {
            retries.Dequeue();
            await _lanes[post.Lane].Writer.WriteAsync(post, ct);
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
            await _lanes[lane].Writer.WriteAsync(new PendingPost(lane, batch), ct);
        }
        for (var lane = 0; lane < batches.Length; lane++)
            if (batches[lane] is { } rest)
                await _lanes[lane].Writer.WriteAsync(new PendingPost(lane, rest), ct);
    }
}
