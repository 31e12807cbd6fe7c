using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.Webhooks.Tests.Support;

namespace WhatsAppCampaigns.Webhooks.Tests.Delivery;

/// <summary>Inbound messages and user_preferences: first replies, opt-out keywords, stop/resume, unknown numbers.</summary>
public sealed class InboundTests(ReceiverFixture fx) : IClassFixture<ReceiverFixture>
{
    private static string NewUser() => "97254" + Random.Shared.Next(1_000_000, 9_999_999);

    private Task<bool> OptedOutAsync(string waId, string session = ReceiverFixture.Session) =>
        fx.Db.SetContainsAsync(CampaignKeys.OptOutOf(session), "+" + waId);

    private async Task<string?> FirstReplyAsync(string waId) =>
        await fx.Db.HashGetAsync(DeliveryKeys.RepliesOf(ReceiverFixture.Session), "+" + waId);

    [Fact]
    public async Task Reply_RedeliveredLateAndOutOfOrder_EarliestTimeKept()
    {
        var user = NewUser();
        await fx.PostOkAsync(Payloads.TextMessage(user, "Yes please", 1746090200));
        await fx.PostOkAsync(Payloads.TextMessage(user, "When?", 1746090100));
        await fx.PostOkAsync(Payloads.TextMessage(user, "Yes please", 1746090200));
        Assert.Equal("1746090100000", await FirstReplyAsync(user));
        Assert.False(await OptedOutAsync(user));
    }

    [Theory]
    [InlineData("STOP")]
    [InlineData("  stop\n")]
    [InlineData("Arrêt")]
    [InlineData("הסר")]
    [InlineData("unsubscribe")]
    public async Task Reply_OptOutKeyword_AddedToTheSessionsOptOutSet(string text)
    {
        var user = NewUser();
        await fx.PostOkAsync(Payloads.TextMessage(user, text, 1746090100));
        Assert.True(await OptedOutAsync(user));
        Assert.False(await OptedOutAsync(user, ReceiverFixture.OtherSession));
        Assert.Equal("1746090100000", await FirstReplyAsync(user)); // it is a reply too
    }

    [Fact]
    public async Task Reply_KeywordInsideASentence_NotAnOptOut()
    {
        var user = NewUser();
        await fx.PostOkAsync(Payloads.TextMessage(user, "please don't stop", 1746090100));
        Assert.False(await OptedOutAsync(user));
    }

    [Fact]
    public async Task ButtonReply_PayloadIsAKeyword_OptedOut()
    {
        var user = NewUser();
        await fx.PostOkAsync(Payloads.ButtonMessage(user, "Stop promotions", "STOP", 1746090100));
        Assert.True(await OptedOutAsync(user));
    }

    [Fact]
    public async Task UserPreferences_StopThenResume_AddedThenRemoved()
    {
        var user = NewUser();
        await fx.PostOkAsync(Payloads.Preference(user, "stop", 1746090200));
        Assert.True(await OptedOutAsync(user));
        await fx.PostOkAsync(Payloads.Preference(user, "resume", 1746090300));
        Assert.False(await OptedOutAsync(user));
        Assert.Null(await FirstReplyAsync(user)); // a preference change is not a reply
    }

    [Fact]
    public async Task UserPreferences_OlderStopArrivesAfterNewerResume_StaysResumed()
    {
        var user = NewUser();
        await fx.PostOkAsync(Payloads.Preference(user, "resume", 1746090300));
        await fx.PostOkAsync(Payloads.Preference(user, "stop", 1746090200));
        Assert.False(await OptedOutAsync(user));
    }

    [Fact]
    public async Task UserPreferences_ResumeAfterKeywordStop_Removed()
    {
        var user = NewUser();
        await fx.PostOkAsync(Payloads.TextMessage(user, "STOP", 1746090100));
        await fx.PostOkAsync(Payloads.Preference(user, "resume", 1746090400));
        Assert.False(await OptedOutAsync(user));
    }

    [Fact]
    public async Task Inbound_UnknownPhoneNumberId_200LoggedCountedNothingWritten()
    {
        var user = NewUser();
        var before = await fx.HashAsync(DeliveryKeys.ReceiverStats);
        await fx.PostOkAsync(Payloads.TextMessage(user, "STOP", 1746090100, phoneNumberId: "999"));
        await fx.PostOkAsync(Payloads.Preference(user, "stop", 1746090100, phoneNumberId: "999"));

        Assert.False(await OptedOutAsync(user));
        Assert.Null(await FirstReplyAsync(user));
        var after = await fx.HashAsync(DeliveryKeys.ReceiverStats);
        Assert.Equal(long.Parse(before.GetValueOrDefault("unknownPhoneNumberId", "0")) + 2, long.Parse(after["unknownPhoneNumberId"]));
    }

    [Fact]
    public async Task Reply_AfterAStatusOfACampaign_CountedOnceAsRepliedForThatScope()
    {
        var user = NewUser();
        var scope = await fx.NewScopeAsync(("+" + user, $"sent|wamid.{user}|7|1746000000500"));
        await fx.PostOkAsync(Payloads.Statuses(Payloads.Status("wamid." + user, "delivered", 1746090010, user, CallbackData.Format(scope, "+" + user))));
        await fx.PostOkAsync(Payloads.TextMessage(user, "Yes please", 1746090100, contextId: "wamid." + user));
        await fx.PostOkAsync(Payloads.TextMessage(user, "Yes please", 1746090100, contextId: "wamid." + user));
        await fx.PostOkAsync(Payloads.TextMessage(user, "And one more", 1746090200));

        var keys = new DeliveryKeys(scope);
        Assert.Equal("1", (await fx.HashAsync(keys.Delivery))["replied"]);
        Assert.Equal("1746090100000", (string?)await fx.Db.HashGetAsync(keys.Replied, "+" + user));
    }
}
