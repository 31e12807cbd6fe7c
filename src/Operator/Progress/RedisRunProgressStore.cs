using Microsoft.Extensions.Options;
using Redis.Client;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.Operator.Hosting;

namespace WhatsAppCampaigns.Operator.Progress;

/// <summary>The senders' Redis through Redis.Client, connected on first use.</summary>
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
        var rows = (string?[]?)await db.ExecuteAsync("LRANGE", CampaignKeys.RowOutcomesOf(CampaignKeys.ScopeOf(@namespace, campaign), runId), "0", "199") ?? [];
        var invalid = rows.Select(r => r is null ? null : RunProgress.ParseInvalidRow(r)).OfType<(long, string)>().Take(5).ToList();
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
        // The campaign's own scope (progress, rows, campaign-scoped claims) and the claims of each of
        // its runs under dedupeScope Run. Session-scoped claims belong to every campaign of the
        // session and are never deleted here (their pattern matches neither).
        return await DeleteMatchingAsync(db, CampaignKeys.AllKeysPattern(CampaignKeys.ScopeOf(@namespace, campaign)))
            + await DeleteMatchingAsync(db, CampaignKeys.RunClaimsKeysPattern(@namespace, campaign));
    }

    private static async Task<long> DeleteMatchingAsync(IDatabase db, string pattern)
    {
        long deleted = 0;
        var cursor = "0";
        do
        {
            var reply = await db.ExecuteAsync("SCAN", cursor, "MATCH", pattern, "COUNT", "500");
            cursor = (string?)reply[0] ?? "0";
            var keys = ((string?[]?)reply[1] ?? []).OfType<string>().Select(k => (RedisKey)k).ToArray();
            if (keys.Length > 0) deleted += await db.KeyDeleteAsync(keys);
        }
        while (cursor != "0");
        return deleted;
    }

    /// <inheritdoc/>
    public async Task PingAsync(CancellationToken cancellationToken) =>
        await (await DatabaseAsync(cancellationToken)).ExecuteAsync("PING");

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
