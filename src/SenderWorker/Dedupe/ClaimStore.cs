using StackExchange.Redis;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.SenderWorker.Dedupe;

/// <summary>
/// Claims, records and releases recipients in the scope's dedupe hash, many per script call, and
/// answers in-run duplicates from the run's first-rows hash (so the sender holds no per-recipient
/// state: memory stays flat whatever the list size). A call whose reply is lost is simply
/// repeated: a repeated claim finds this holder's own claim (<see cref="ClaimOutcome.OwnClaim"/>)
/// and its own first row, a repeated record or release changes nothing twice.
/// </summary>
/// <param name="db">Redis.</param>
/// <param name="keys">The campaign's keys, with its claims scope.</param>
/// <param name="run">The run id (names the first-rows hash).</param>
/// <param name="holder">This process incarnation.</param>
/// <param name="fence">The session lock's fencing token.</param>
/// <param name="policy">What to do with claims a dead holder left in doubt.</param>
/// <param name="firstRowsExpiry">How long the run's first-rows hash outlives its last claim (a restarted run reuses it).</param>
/// <param name="time">Clock for claim timestamps and retry delays.</param>
internal sealed class ClaimStore(IDatabaseAsync db, CampaignKeys keys, string run, string holder, long fence, DeliveryPolicy policy,
    TimeSpan firstRowsExpiry, TimeProvider time)
{
    private const int Attempts = 8;

    public string Holder => holder;

    public long Fence => fence;

    /// <summary>The run's first-rows hash.</summary>
    public string FirstRowsKey { get; } = keys.FirstRows(run);

    /// <summary>Claims each (field, E.164, row) triple, in order (file order: the first row of a recipient wins).</summary>
    /// <exception cref="StaleHolderException">A newer holder took the scope.</exception>
    public async Task<ClaimResult[]> ClaimAsync(IReadOnlyList<(string Field, string Phone, long Row)> recipients, CancellationToken cancellationToken)
    {
        const int Fixed = 5;
        var args = new RedisValue[Fixed + recipients.Count * 3];
        args[0] = holder;
        args[1] = fence;
        args[2] = time.GetUtcNow().ToUnixTimeMilliseconds();
        args[3] = policy == DeliveryPolicy.AtLeastOnce ? 1 : 0;
        args[4] = (long)Math.Ceiling(firstRowsExpiry.TotalSeconds);
        for (var i = 0; i < recipients.Count; i++)
        {
            args[Fixed + i * 3] = recipients[i].Field;
            args[Fixed + 1 + i * 3] = recipients[i].Phone;
            args[Fixed + 2 + i * 3] = recipients[i].Row;
        }
        var reply = await EvaluateAsync(ClaimScripts.Claim, [keys.Claims, keys.Fence, keys.OptOut, FirstRowsKey], args, cancellationToken);
        var items = (RedisResult[])reply!;
        var results = new ClaimResult[recipients.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var outcome = ClaimDecision.FromCode((string)items[i * 2]!);
            var value = (string?)items[i * 2 + 1];
            results[i] = outcome == ClaimOutcome.Duplicate
                ? new ClaimResult(outcome, null, long.Parse(value!, System.Globalization.CultureInfo.InvariantCulture))
                : new ClaimResult(outcome, ClaimRecord.Parse(value));
        }
        return results;
    }

    /// <summary>Deletes the run's first-rows hash once every row is settled: a finished run is never re-planned.</summary>
    public async Task ForgetFirstRowsAsync() => await db.KeyDeleteAsync(FirstRowsKey);

    /// <summary>Writes final records (or releases, for a null value) of claims this holder still owns.</summary>
    public async Task<long> RecordAsync(IReadOnlyList<(string Field, string? Value)> records, CancellationToken cancellationToken)
    {
        var args = new RedisValue[2 + records.Count * 2];
        args[0] = holder;
        args[1] = fence;
        for (var i = 0; i < records.Count; i++)
        {
            args[2 + i * 2] = records[i].Field;
            args[3 + i * 2] = records[i].Value ?? "";
        }
        return (long)await EvaluateAsync(ClaimScripts.Record, [keys.Claims, keys.Fence], args, cancellationToken);
    }

    private async Task<RedisResult> EvaluateAsync(string script, RedisKey[] scriptKeys, RedisValue[] args, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.ScriptEvaluateAsync(script, scriptKeys, args);
            }
            catch (RedisServerException ex) when (ex.Message.Contains("STALE", StringComparison.Ordinal))
            {
                throw new StaleHolderException($"a newer holder took dedupe scope {keys.Scope}: {ex.Message}", ex);
            }
            catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException && attempt < Attempts)
            {
                // Safe to repeat: the scripts are idempotent for this holder (see the type's remarks).
                await Task.Delay(TimeSpan.FromMilliseconds(100 * (1 << Math.Min(attempt, 5))), time, cancellationToken);
            }
        }
    }
}
