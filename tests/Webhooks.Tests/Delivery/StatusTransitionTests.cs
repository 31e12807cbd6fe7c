using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.Webhooks.Tests.Support;

namespace WhatsAppCampaigns.Webhooks.Tests.Delivery;

/// <summary>Status webhooks against claim records in a real redis-server, through the real receiver.</summary>
public sealed class StatusTransitionTests(ReceiverFixture fx) : IClassFixture<ReceiverFixture>
{
    private const string Phone = "+4915112345678";
    private const string WaId = "4915112345678";
    private const string Sending = "sending|pod-1|7|1746000000000";
    private const string Sent = "sent|wamid.A|7|1746000000500";
    private const string Details = "Message Undeliverable: the recipient's phone number is not a WhatsApp phone number.";

    private static string Event(string scope, string status, long seconds, int? code = null, string wamid = "wamid.A") =>
        Payloads.Statuses(Payloads.Status(wamid, status, seconds, WaId, CallbackData.Format(scope, Phone), code));

    private async Task<string?> ClaimAsync(string scope) => await fx.Db.HashGetAsync(new CampaignKeys(scope, "").Claims, Phone);

    private Task<Dictionary<string, string>> CountsAsync(string scope) => fx.HashAsync(new DeliveryKeys(scope).Delivery);

    private async Task<string?> HighestAsync(string scope) => await fx.Db.HashGetAsync(new DeliveryKeys(scope).Statuses, Phone);

    [Theory]
    [InlineData(Sending)]
    [InlineData(Sent)]
    public async Task Failed_AnyOpenRecord_FailedWithCodeAndMessageCountedOnce(string record)
    {
        var scope = await fx.NewScopeAsync((Phone, record));
        var failed = Event(scope, "failed", 1746090000, 131026);
        await fx.PostOkAsync(failed);
        await fx.PostOkAsync(failed); // Meta redelivers

        Assert.Equal($"failed|131026|7|1746090000000|{Details}", await ClaimAsync(scope));
        Assert.Equal(new Dictionary<string, string> { ["failed"] = "1", ["failedCode:131026"] = "1" }, await CountsAsync(scope));
        Assert.Equal("failed", await HighestAsync(scope));
    }

    [Fact]
    public async Task Failed_RecordAlreadyFailed_NeverRewrittenNorRecounted()
    {
        var scope = await fx.NewScopeAsync((Phone, Sent));
        await fx.PostOkAsync(Event(scope, "failed", 1746090000, 131026));
        await fx.PostOkAsync(Event(scope, "failed", 1746090100, 131049));

        Assert.StartsWith("failed|131026|7|1746090000000|", await ClaimAsync(scope), StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["failed"] = "1", ["failedCode:131026"] = "1" }, await CountsAsync(scope));
    }

    [Fact]
    public async Task Failed_SenderRecordedASynchronousFailure_KeptAsIs()
    {
        var synchronous = "failed|131009|7|1746000000500|Parameter value is not valid";
        var scope = await fx.NewScopeAsync((Phone, synchronous));
        await fx.PostOkAsync(Event(scope, "failed", 1746090000, 131026));
        Assert.Equal(synchronous, await ClaimAsync(scope));
    }

    [Theory]
    [InlineData("sent")]
    [InlineData("delivered")]
    [InlineData("read")]
    public async Task Status_InDoubtClaim_SettledToSentWithWamidKeepingTheClaimTime(string status)
    {
        var scope = await fx.NewScopeAsync((Phone, Sending));
        await fx.PostOkAsync(Event(scope, status, 1746090000));
        Assert.Equal("sent|wamid.A|7|1746000000000", await ClaimAsync(scope));
        Assert.Equal(status, await HighestAsync(scope));
    }

    [Fact]
    public async Task Status_SentRecord_RecordUnchanged()
    {
        var scope = await fx.NewScopeAsync((Phone, Sent));
        await fx.PostOkAsync(Event(scope, "delivered", 1746090000, wamid: "wamid.A"));
        Assert.Equal(Sent, await ClaimAsync(scope));
    }

    [Fact]
    public async Task Delivered_AfterRead_ChangesNothing()
    {
        var scope = await fx.NewScopeAsync((Phone, Sent));
        await fx.PostOkAsync(Event(scope, "read", 1746090020));
        var counts = await CountsAsync(scope);
        await fx.PostOkAsync(Event(scope, "delivered", 1746090010));
        await fx.PostOkAsync(Event(scope, "sent", 1746090000));

        Assert.Equal("read", await HighestAsync(scope));
        Assert.Equal(counts, await CountsAsync(scope));
        Assert.Equal(new Dictionary<string, string> { ["delivered"] = "1", ["read"] = "1" }, counts); // read implies delivered
    }

    [Fact]
    public async Task Delivered_Duplicated_CountedOnce()
    {
        var scope = await fx.NewScopeAsync((Phone, Sent));
        for (var i = 0; i < 3; i++) await fx.PostOkAsync(Event(scope, "delivered", 1746090010));
        Assert.Equal(new Dictionary<string, string> { ["delivered"] = "1" }, await CountsAsync(scope));
    }

    [Fact]
    public async Task Failed_AfterDelivered_MovesTheRecipientFromDeliveredToFailed()
    {
        var scope = await fx.NewScopeAsync((Phone, Sent));
        await fx.PostOkAsync(Event(scope, "delivered", 1746090010));
        await fx.PostOkAsync(Event(scope, "failed", 1746090020, 131026));
        await fx.PostOkAsync(Event(scope, "read", 1746090030));

        Assert.Equal("failed", await HighestAsync(scope));
        Assert.Equal(new Dictionary<string, string> { ["failed"] = "1", ["failedCode:131026"] = "1" }, await CountsAsync(scope));
    }

    [Fact]
    public async Task Status_NoClaim_IgnoredAndNothingCreated()
    {
        var scope = await fx.NewScopeAsync(); // the campaign was deleted: its claims are gone
        var before = await fx.HashAsync(DeliveryKeys.ReceiverStats);
        await fx.PostOkAsync(Event(scope, "failed", 1746090000, 131026));

        Assert.False(await fx.Db.KeyExistsAsync(new CampaignKeys(scope, "").Claims));
        Assert.False(await fx.Db.KeyExistsAsync(new DeliveryKeys(scope).Delivery));
        Assert.Equal(Count(before, "orphanStatus") + 1, Count(await fx.HashAsync(DeliveryKeys.ReceiverStats), "orphanStatus"));
    }

    [Theory]
    [InlineData("campaign=spring-sale;recipient=000123")]
    [InlineData(null)]
    [InlineData("scope=shop/c;recipient-sha256=ab12")]
    public async Task Status_CallbackDataNotOurs_200IgnoredAndCounted(string? callback)
    {
        var before = await fx.HashAsync(DeliveryKeys.ReceiverStats);
        await fx.PostOkAsync(Payloads.Statuses(Payloads.Status("wamid.Z", "failed", 1746090000, WaId, callback, 131026)));
        Assert.Equal(Count(before, "foreignCallbackData") + 1, Count(await fx.HashAsync(DeliveryKeys.ReceiverStats), "foreignCallbackData"));
    }

    [Fact]
    public async Task Status_PerRunScopeInCallbackData_UsedAsIs()
    {
        var scope = await fx.NewScopeAsync() + "/run-7";
        await fx.Db.HashSetAsync(new CampaignKeys(scope, "").Claims, Phone, Sending);
        await fx.PostOkAsync(Event(scope, "failed", 1746090000, 131050));
        Assert.StartsWith("failed|131050|", await ClaimAsync(scope), StringComparison.Ordinal);
        Assert.Equal("1", (await CountsAsync(scope))["failedCode:131050"]);
    }

    [Fact]
    public async Task Post_BatchOfStatusesForTwoScopes_EachApplied()
    {
        var a = await fx.NewScopeAsync((Phone, Sent));
        var b = await fx.NewScopeAsync((Phone, Sending));
        await fx.PostOkAsync(Payloads.Statuses(
            Payloads.Status("wamid.A", "delivered", 1746090010, WaId, CallbackData.Format(a, Phone)),
            Payloads.Status("wamid.B", "failed", 1746090011, WaId, CallbackData.Format(b, Phone), 131047)));
        Assert.Equal("delivered", await HighestAsync(a));
        Assert.StartsWith("failed|131047|", await ClaimAsync(b), StringComparison.Ordinal);
    }

    private static long Count(Dictionary<string, string> hash, string field) => hash.TryGetValue(field, out var v) ? long.Parse(v) : 0;
}
