using Redis.Client;
using WhatsAppCampaigns.CampaignState;

namespace WhatsAppCampaigns.SenderWorker.Dedupe;

/// <summary>
/// Claims, records and releases recipients in the scope's dedupe hash, many per script call.
/// A call whose reply is lost is simply repeated: a repeated claim finds this holder's own claim
/// (<see cref="ClaimOutcome.OwnClaim"/>), a repeated record or release changes nothing twice.
/// </summary>
internal sealed class ClaimStore(IDatabaseAsync db, CampaignKeys keys, string holder, long fence, DeliveryPolicy policy,
    TimeProvider time)
{
    private const int Attempts = 8;

    public string Holder => holder;

    public long Fence => fence;

    /// <summary>Claims each (field, E.164) pair, in order.</summary>
    /// <exception cref="StaleHolderException">A newer holder took the scope.</exception>
    public async Task<ClaimResult[]> ClaimAsync(IReadOnlyList<(string Field, string Phone)> recipients, CancellationToken cancellationToken)
    {
        var args = new RedisValue[4 + recipients.Count * 2];
        args[0] = holder;
        args[1] = fence;
        args[2] = time.GetUtcNow().ToUnixTimeMilliseconds();
        args[3] = policy == DeliveryPolicy.AtLeastOnce ? 1 : 0;
        for (var i = 0; i < recipients.Count; i++)
        {
            args[4 + i * 2] = recipients[i].Field;
            args[5 + i * 2] = recipients[i].Phone;
        }
        var reply = await EvaluateAsync(DedupeScripts.Claim, [keys.Claims, keys.Fence, keys.OptOut], args, cancellationToken);
        var items = (RedisResult[])reply!;
        var results = new ClaimResult[recipients.Count];
        for (var i = 0; i < results.Length; i++)
            results[i] = new ClaimResult(ClaimDecision.FromCode((string)items[i * 2]!), ClaimRecord.Parse((string?)items[i * 2 + 1]));
        return results;
    }

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
        return (long)await EvaluateAsync(DedupeScripts.Record, [keys.Claims, keys.Fence], args, cancellationToken);
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
