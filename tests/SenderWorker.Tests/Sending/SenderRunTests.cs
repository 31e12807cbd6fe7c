using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TestSupport;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.CampaignState.Tests.TestData;
using WhatsAppCampaigns.SenderWorker.Campaigns;
using WhatsAppCampaigns.SenderWorker.Hosting;
using WhatsAppCampaigns.SenderWorker.Sending;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Sending;

/// <summary>
/// Whole runs in-process against a real redis-server and an in-process Cloud API (fast: no
/// process start, no HTTP): dedupe scopes, in-run duplicates, per-code failure counts.
/// </summary>
public sealed class SenderRunTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static readonly string[] Three = ["+972501234567", "+972501234568", "+972501234569"];

    [Fact]
    public async Task RunScope_TwoRunsOfOneCampaign_BothSendToEveryone()
    {
        var api = new RecordingCloudApi();
        var snapshot = Snapshot("run-1", Three, DedupeScope.Run);

        Assert.Equal(0, await RunAsync(api, snapshot));
        Assert.Equal(0, await RunAsync(api, snapshot with { RunId = "run-2" }));

        Assert.Equal(6, api.Sends.Count);
        Assert.Equal(2, api.Sends.Select(s => s.CallbackData[..s.CallbackData.IndexOf(';', StringComparison.Ordinal)]).Distinct().Count());
    }

    [Fact]
    public async Task CampaignScope_SecondRunOfTheCampaign_SendsNobody()
    {
        var api = new RecordingCloudApi();
        var snapshot = Snapshot("run-1", Three, DedupeScope.Campaign);

        Assert.Equal(0, await RunAsync(api, snapshot));
        Assert.Equal(0, await RunAsync(api, snapshot with { RunId = "run-2" }));

        Assert.Equal(3, api.Sends.Count);
        Assert.Equal("3", (await ProgressAsync(snapshot with { RunId = "run-2" }))["alreadySent"]);
    }

    [Fact]
    public async Task SessionScope_SecondCampaignOfTheSession_SendsNobody()
    {
        var api = new RecordingCloudApi();
        var first = Snapshot("run-1", Three, DedupeScope.Session);
        var second = first with { Campaign = "autumn-sale" };

        Assert.Equal(0, await RunAsync(api, first));
        Assert.Equal(0, await RunAsync(api, second));

        Assert.Equal(3, api.Sends.Count);
        Assert.All(api.Sends, s => Assert.StartsWith($"scope={first.Namespace}/session/{first.Session};", s.CallbackData, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CallbackData_CarriesTheClaimsScope_SoAWebhookFindsTheRecord()
    {
        var api = new RecordingCloudApi();
        var snapshot = Snapshot("run-1", Three[..1], DedupeScope.Run);

        await RunAsync(api, snapshot);

        Assert.True(CallbackData.TryParse(api.Sends[0].CallbackData, out var scope, out var field));
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var record = ClaimRecord.Parse(await mux.GetDatabase().HashGetAsync(new CampaignKeys(scope, "").Claims, field));
        Assert.True(record is { IsSent: true }, $"no sent record under {scope}");
    }

    [Fact]
    public async Task Duplicates_InOneRun_FirstRowSentLaterRowsCountedWithTheFirstRowNumber()
    {
        var api = new RecordingCloudApi();
        var snapshot = Snapshot("run-1", ["+972501234567", "+972501234568", "050-123-4567", "+972501234567"], DedupeScope.Campaign);

        Assert.Equal(0, await RunAsync(api, snapshot));

        Assert.Equal(2, api.Sends.Count);
        var progress = await ProgressAsync(snapshot);
        Assert.Equal(("4", "2", "2", "2"), (progress["rows"], progress["valid"], progress["duplicate"], progress["sent"]));
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var keys = new CampaignKeys(CampaignKeys.ScopeOf(snapshot.Namespace, snapshot.Campaign), snapshot.Session);
        var rows = ((string?[]?)await mux.GetDatabase().ExecuteAsync("LRANGE", keys.RowOutcomes("run-1"), "0", "-1"))!.OfType<string>();
        Assert.Equal(["row 4: DUPLICATE DUPLICATE: same phone number as row 2", "row 5: DUPLICATE DUPLICATE: same phone number as row 2"], rows);
        Assert.False(await mux.GetDatabase().KeyExistsAsync(keys.FirstRows("run-1")), "a finished run's first rows are deleted");
    }

    [Fact]
    public async Task FailedRecipients_ProgressCountsThemPerCloudApiCode()
    {
        var api = new RecordingCloudApi().FailingWith("+972501234567", 131026).FailingWith("+972501234568", 131026)
            .FailingWith("+972501234569", 131009);
        var snapshot = Snapshot("run-1", [.. Three, "+972501234570"], DedupeScope.Campaign);

        Assert.Equal(0, await RunAsync(api, snapshot));

        var progress = await ProgressAsync(snapshot);
        Assert.Equal(("3", "2", "1", "1"), (progress["failed"], progress["failedCode:131026"], progress["failedCode:131009"], progress["sent"]));
    }

    private static CampaignRunSnapshot Snapshot(string run, string[] phones, DedupeScope scope) => Snapshots.Valid() with
    {
        Namespace = "ns-" + Guid.NewGuid().ToString("N")[..8],
        RunId = run,
        Session = "session-" + Guid.NewGuid().ToString("N")[..8],
        Recipients = new RecipientsSource { Inline = ["phone", .. phones], Format = RecipientFileFormat.Csv, DefaultRegion = "IL" },
        Message = new CampaignMessage { Text = "Sale today" },
        Delivery = new DeliverySettings { DedupeScope = scope },
    };

    private async Task<int> RunAsync(RecordingCloudApi api, CampaignRunSnapshot snapshot)
    {
        var sending = new SendingOptions { DisableRateLimit = true, LockWait = TimeSpan.FromSeconds(10), ProgressInterval = TimeSpan.FromSeconds(30) };
        var run = new SenderRun(Options.Create(new RedisOptions { Configuration = redis.Endpoint }), Options.Create(sending), api,
            new FakePhoneNormalizer(), new FakeKubernetesObjectReader(), TimeProvider.System, NullLogger<SenderRun>.Instance);
        var json = CampaignRunSnapshotJson.Serialize(snapshot);
        using var summary = new StringWriter();
        return await run.RunAsync(name => name == CampaignRunSnapshotLoader.JsonVariable ? json : null, summary, CancellationToken.None);
    }

    private async Task<Dictionary<string, string>> ProgressAsync(CampaignRunSnapshot snapshot)
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var key = CampaignKeys.ProgressOf(CampaignKeys.ScopeOf(snapshot.Namespace, snapshot.Campaign), snapshot.RunId!);
        return (await mux.GetDatabase().HashGetAllAsync(key)).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
    }
}
