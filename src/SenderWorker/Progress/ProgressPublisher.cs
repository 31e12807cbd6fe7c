using StackExchange.Redis;
using WhatsAppCampaigns.CampaignState;

namespace WhatsAppCampaigns.SenderWorker.Progress;

/// <summary>
/// Writes the counters to the run's progress hash every <c>interval</c> (absolute values, so a
/// lost write is repaired by the next), plus state and reason, for the operator to read.
/// </summary>
internal sealed class ProgressPublisher(IDatabaseAsync db, string key, ProgressCounters counters, TimeProvider time,
    TimeSpan interval, Func<double>? effectiveRate = null) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private volatile string _state = ProgressStates.Starting;
    private volatile string _reason = "";

    public void Start() => _loop = LoopAsync(_stop.Token);

    public void SetState(string state, string? reason = null)
    {
        _state = state;
        _reason = reason ?? "";
    }

    public async Task FlushAsync()
    {
        var entries = counters.Snapshot().Fields().Select(f => new HashEntry(f.Field, f.Value)).ToList();
        if (effectiveRate is not null) entries.Add(new HashEntry(ProgressFields.EffectiveRate, (long)Math.Round(effectiveRate())));
        entries.Add(new HashEntry(ProgressFields.State, _state));
        entries.Add(new HashEntry(ProgressFields.Reason, _reason));
        entries.Add(new HashEntry(ProgressFields.UpdatedAt, time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        await db.HashSetAsync(key, [.. entries]);
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await FlushAsync();
                }
                catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
                {
                    // Progress is advisory; the next tick writes absolute values again.
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
