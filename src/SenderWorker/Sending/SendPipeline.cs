using Microsoft.Extensions.Logging;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.SenderWorker.Dedupe;
using WhatsAppCampaigns.SenderWorker.Gateway;
using WhatsAppCampaigns.SenderWorker.Progress;
using WhatsAppCampaigns.SenderWorker.Recipients.Planning;

namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>
/// Rows in, outcomes out. One dispatcher reads planned rows in file order, paces, claims a batch
/// of valid rows in one script call (only as many as there are free in-flight slots, so at most
/// <see cref="SendingOptions.MaxInFlight"/> recipients are ever claimed and not yet recorded), and
/// starts one send per claimed row; each send holds its slot until its record is written. The claim
/// answers in-run duplicates too (file order, one dispatcher: the first row wins), so nothing here
/// grows with the list.
/// </summary>
/// <param name="claims">The claim store.</param>
/// <param name="records">Batched records of sends.</param>
/// <param name="sender">Sends one recipient until settled.</param>
/// <param name="pacer">The session's pace.</param>
/// <param name="counters">The run's counts.</param>
/// <param name="rowLog">Rows not sent for a reason of their own.</param>
/// <param name="outcomeFile">Every row's outcome, when asked for.</param>
/// <param name="options">Deployment settings (in-flight cap, diagnostics).</param>
/// <param name="claimsScope">The claims scope, carried in callback data so a webhook finds the record.</param>
/// <param name="duplicateFound">Told of each row the claim found a duplicate (the intake's summary counts it).</param>
/// <param name="time">Clock.</param>
/// <param name="logger">Logger.</param>
internal sealed class SendPipeline(ClaimStore claims, RecordWriter records, RecipientSender sender, Pacer pacer,
    ProgressCounters counters, RowOutcomeLog rowLog, OutcomeFile? outcomeFile, SendingOptions options, string claimsScope,
    Action duplicateFound, TimeProvider time, ILogger logger) : IDisposable
{
    private const int MaxClaimBatch = 64;
    private readonly SemaphoreSlim _slots = new(options.MaxInFlight, options.MaxInFlight);
    private readonly CancellationTokenSource _campaignStop = new();
    private readonly MemoryProbe _memory = new(options.MemoryLogEveryRows, logger);
    private string? _stopReason;
    private Exception? _fault;

    /// <summary>Why a campaign-level error stopped the run, if one did.</summary>
    public string? StopReason => _stopReason;

    /// <summary>
    /// Sends every valid row. Returns true when every row was read and settled; false when it
    /// stopped early (see <see cref="StopReason"/>, or the exception thrown).
    /// </summary>
    /// <param name="rows">The planned rows.</param>
    /// <param name="stopping">Stop claiming (SIGTERM, lock lost); in-flight sends finish.</param>
    /// <param name="abandon">Abandon even in-flight sends (grace period over).</param>
    public async Task<bool> RunAsync(IAsyncEnumerable<PlannedRecipient> rows, CancellationToken stopping, CancellationToken abandon)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopping, _campaignStop.Token);
        var batch = new List<PlannedRecipient>(MaxClaimBatch);
        var dues = new List<DateTimeOffset>(MaxClaimBatch);
        var complete = false;
        try
        {
            await foreach (var planned in rows.WithCancellation(stop.Token))
            {
                _memory.OnRow(counters.Row());
                if (await CountUnsendableAsync(planned)) continue;
                if (!_slots.Wait(0))
                {
                    // Claim what we hold before waiting, so claimed rows never wait for slots.
                    if (batch.Count > 0) await DispatchAsync(batch, dues, stop.Token, abandon);
                    await _slots.WaitAsync(stop.Token);
                }
                batch.Add(planned); // its slot is held from here on
                // Book its send slot ahead; when the schedule is full, claim what is booked before
                // waiting, so booked slots are never spent waiting for their claim.
                var due = await pacer.TryBookAsync(stop.Token);
                if (due is null && batch.Count > 1)
                {
                    batch.RemoveAt(batch.Count - 1);
                    await DispatchAsync(batch, dues, stop.Token, abandon);
                    batch.Add(planned);
                }
                dues.Add(due ?? await pacer.BookAsync(stop.Token));
                if (batch.Count == MaxClaimBatch) await DispatchAsync(batch, dues, stop.Token, abandon);
            }
            if (batch.Count > 0) await DispatchAsync(batch, dues, stop.Token, abandon);
            complete = !stop.IsCancellationRequested;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            Interlocked.CompareExchange(ref _fault, ex, null);
        }
        finally
        {
            foreach (var _ in batch) counters.NotSent();
            if (batch.Count > 0) _slots.Release(batch.Count);
            batch.Clear();
            dues.Clear();
            await DrainAsync();
        }
        await rowLog.FlushAsync();
        if (_fault is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_fault);
        return complete && _stopReason is null;
    }

    private async Task<bool> CountUnsendableAsync(PlannedRecipient planned)
    {
        switch (planned.Outcome)
        {
            case RecipientOutcome.Valid:
                return false;
            case RecipientOutcome.Invalid:
                counters.Invalid();
                break;
            case RecipientOutcome.Duplicate:
                counters.Duplicate();
                break;
            default:
                counters.MissingVariable();
                break;
        }
        var outcome = planned.Outcome.ToString().ToUpperInvariant();
        await rowLog.AddAsync(planned, outcome);
        outcomeFile?.Write(planned.RowNumber, outcome, planned.Reason, planned.Detail);
        return true;
    }

    private async Task CountDuplicateAsync(PlannedRecipient duplicate)
    {
        counters.Duplicate();
        duplicateFound();
        var outcome = duplicate.Outcome.ToString().ToUpperInvariant();
        await rowLog.AddAsync(duplicate, outcome);
        outcomeFile?.Write(duplicate.RowNumber, outcome, duplicate.Reason, duplicate.Detail);
    }

    // Claims the batch (its slots are already held) and starts a send per claimed row.
    private async Task DispatchAsync(List<PlannedRecipient> batch, List<DateTimeOffset> dues, CancellationToken stopping, CancellationToken abandon)
    {
        var keys = batch.Select(p => (Field: RecipientKeyOf(p), Phone: p.E164!, Row: p.RowNumber)).ToList();
        ClaimResult[] results;
        try
        {
            results = await claims.ClaimAsync(keys, abandon);
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            throw new OperationCanceledException("abandoned while claiming", null, abandon);
        }
        for (var i = 0; i < batch.Count; i++)
        {
            var planned = batch[i];
            var result = results[i];
            if (result.Outcome == ClaimOutcome.Duplicate)
            {
                await CountDuplicateAsync(RecipientPlanner.AsDuplicateOf(planned, result.FirstRow));
                _slots.Release();
                continue;
            }
            counters.Valid();
            switch (result.Outcome)
            {
                case ClaimOutcome.Claimed or ClaimOutcome.OwnClaim or ClaimOutcome.Reclaimed:
                    _ = SendOneAsync(planned, keys[i].Field, dues[i], stopping, abandon);
                    continue;
                case ClaimOutcome.OptedOut:
                    counters.OptedOut();
                    await rowLog.AddAsync(planned with { Reason = "OPTED_OUT", Detail = "in the session's opt-out set" }, "OPTED_OUT");
                    Settle(planned, "OPTED_OUT", null);
                    break;
                case ClaimOutcome.InDoubt:
                    counters.Unknown();
                    Settle(planned, "UNKNOWN", "a sender that stopped left it sending (at most once: not re-sent)");
                    break;
                default:
                    if (result.Existing is { IsSent: true }) counters.AlreadySent();
                    else counters.Failed(FailedCodeOf(result.Existing));
                    Settle(planned, result.Existing is { IsSent: true } ? "SENT" : "FAILED", "settled by an earlier run");
                    break;
            }
            _slots.Release();
        }
        batch.Clear();
        dues.Clear();
    }

    // Runs detached from the dispatcher but never unobserved: it catches everything and the
    // dispatcher drains all slots before returning.
    private async Task SendOneAsync(PlannedRecipient planned, string field, DateTimeOffset due, CancellationToken stopping, CancellationToken abandon)
    {
        try
        {
            await Task.Yield();
            var callback = CallbackData.Format(claimsScope, field);
            var outcome = await sender.SendAsync(planned.E164!, planned.Message!, callback, due, stopping, abandon);
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            switch (outcome.Kind)
            {
                case SendOutcomeKind.Sent:
                    await records.WriteAsync(field, ClaimRecord.ForSent(outcome.Reply!.Wamid!, claims.Fence, now).Format());
                    counters.Sent();
                    Settle(planned, "SENT", outcome.Reply.Wamid);
                    break;
                case SendOutcomeKind.Failed:
                    var reply = outcome.Reply!;
                    var code = reply.ErrorCode ?? reply.HttpStatus;
                    await records.WriteAsync(field, ClaimRecord.ForFailed(code, outcome.Reason ?? reply.Message ?? "", claims.Fence, now).Format());
                    counters.Failed(code);
                    Settle(planned, "FAILED", reply.Describe());
                    break;
                case SendOutcomeKind.Unknown:
                    // The claim stays "sending": a later run counts it in doubt, a webhook can settle it.
                    counters.Unknown();
                    Settle(planned, "UNKNOWN", outcome.Reason);
                    break;
                default:
                    await records.WriteAsync(field, null); // release: nothing was sent, a later run sends it
                    counters.NotSent();
                    if (outcome.Reply is { } stopReply && ErrorClassifier.Classify(stopReply) == ErrorClass.CampaignStop)
                        StopCampaign(stopReply);
                    break;
            }
        }
        catch (Exception ex)
        {
            counters.NotSent();
            Interlocked.CompareExchange(ref _fault, ex, null);
            await _campaignStop.CancelAsync();
        }
        finally
        {
            _slots.Release();
        }
    }

    private void StopCampaign(GatewayReply reply)
    {
        if (Interlocked.CompareExchange(ref _stopReason, $"the Cloud API refused the campaign: {reply.Describe()}", null) is null)
        {
            Log.CampaignStopped(logger, reply.Describe());
            _campaignStop.Cancel();
        }
    }

    private void Settle(PlannedRecipient planned, string outcome, string? detail) =>
        outcomeFile?.Write(planned.RowNumber, outcome, null, detail);

    private async Task DrainAsync()
    {
        for (var i = 0; i < options.MaxInFlight; i++) await _slots.WaitAsync(CancellationToken.None);
        _slots.Release(options.MaxInFlight);
    }

    public void Dispose()
    {
        _slots.Dispose();
        _campaignStop.Dispose();
    }

    // A record failed by an earlier run keeps its code; 0 when the record is not one this version wrote.
    private static int FailedCodeOf(ClaimRecord? record) =>
        record is { IsFailed: true } && int.TryParse(record.Value, System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0;

    private static string RecipientKeyOf(PlannedRecipient planned) => planned.RecipientId ?? planned.E164!;
}
