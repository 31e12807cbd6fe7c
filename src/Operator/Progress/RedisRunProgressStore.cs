using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WhatsAppCampaigns.CampaignState;

namespace WhatsAppCampaigns.Operator.Progress;

/// <summary>The senders' Redis through StackExchange.Redis, connected on first use.</summary>
public sealed class RedisRunProgressStore(IOptions<RedisOptions> options) : IRunProgressStore, IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _mux;

    /// <inheritdoc/>
    public async Task<RunProgress?> ReadAsync(string @namespace, string campaign, string runId, CancellationToken cancellationToken)
    {
        var db = await DatabaseAsync(cancellationToken);
        var entries = await db.HashGetAllAsync(CampaignKeys.ProgressOf(CampaignKeys.ScopeOf(@namespace, campaign), runId));
        if (entries.Length == 0) return null;
        var fields = entries.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString(), StringComparer.Ordinal);
        var rows = await db.ListRangeAsync(CampaignKeys.RowOutcomesOf(CampaignKeys.ScopeOf(@namespace, campaign), runId), 0, 199);
        var invalid = rows.Select(r => r.IsNull ? null : RunProgress.ParseInvalidRow(r.ToString())).OfType<(long, string)>().Take(5).ToList();
        return RunProgress.FromHash(fields, invalid).WithDelivery(fields, await ReadDeliveryAsync(db, @namespace, campaign, runId));
    }

    // The webhook receiver counts per claims scope (the one callback data carries): the campaign's own
    // (dedupeScope Campaign, every run together) or the run's (dedupeScope Run); only one of them is
    // written, so their fields are summed. A session-wide claims scope mixes the session's campaigns
    // and is not read here.
    private static async Task<Dictionary<string, string>> ReadDeliveryAsync(IDatabase db, string @namespace, string campaign, string runId)
    {
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var scope in new[] { CampaignKeys.ScopeOf(@namespace, campaign), CampaignKeys.RunClaimsScopeOf(@namespace, campaign, runId) })
        {
            foreach (var entry in await db.HashGetAllAsync(DeliveryKeys.DeliveryOf(scope)))
            {
                if (long.TryParse(entry.Value.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var n))
                    sums[entry.Name.ToString()] = sums.GetValueOrDefault(entry.Name.ToString()) + n;
            }
        }
        return sums.ToDictionary(s => s.Key, s => s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public async Task<long> DeleteCampaignKeysAsync(string @namespace, string campaign, CancellationToken cancellationToken)
    {
        var db = await DatabaseAsync(cancellationToken);
        var mux = db.Multiplexer;
        // The campaign's own scope (progress, rows, campaign-scoped claims) and the claims of each of
        // its runs under dedupeScope Run. Session-scoped claims belong to every campaign of the
        // session and are never deleted here (their pattern matches neither).
        return await DeleteMatchingAsync(mux, db, CampaignKeys.AllKeysPattern(CampaignKeys.ScopeOf(@namespace, campaign)), cancellationToken)
            + await DeleteMatchingAsync(mux, db, CampaignKeys.RunClaimsKeysPattern(@namespace, campaign), cancellationToken);
    }

    // SCAN on every primary (one in a plain setup, each shard in a cluster), deleting page by page.
    private static async Task<long> DeleteMatchingAsync(IConnectionMultiplexer mux, IDatabase db, string pattern, CancellationToken cancellationToken)
    {
        long deleted = 0;
        foreach (var server in mux.GetServers().Where(s => !s.IsReplica))
        {
            var page = new List<RedisKey>(500);
            await foreach (var key in server.KeysAsync(db.Database, pattern, pageSize: 500).WithCancellation(cancellationToken))
            {
                page.Add(key);
                if (page.Count < 500) continue;
                deleted += await db.KeyDeleteAsync([.. page]);
                page.Clear();
            }
            if (page.Count > 0) deleted += await db.KeyDeleteAsync([.. page]);
        }
        return deleted;
    }

    /// <inheritdoc/>
    public async Task PingAsync(CancellationToken cancellationToken) =>
        await (await DatabaseAsync(cancellationToken)).PingAsync();

    private async Task<IDatabase> DatabaseAsync(CancellationToken cancellationToken)
    {
        if (_mux is { } ready) return ready.GetDatabase();
        await _connecting.WaitAsync(cancellationToken);
        try
        {
            _mux ??= await ConnectionMultiplexer.ConnectAsync(options.Value.Configuration);
            return _mux.GetDatabase();
        }
        finally
        {
            _connecting.Release();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_mux is { } mux) await mux.DisposeAsync();
        _connecting.Dispose();
    }
}
