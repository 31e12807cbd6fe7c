using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Inspection;
using WhatsAppCampaigns.MockGateway.Rules;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Tests.Inspection;

/// <summary>The bounded message log: a ring of recent bodies, counts from the pair state.</summary>
public sealed class MessageLogTests
{
    private static (MessageLog Log, GatewayState State) Create(int capacity, bool record = true, int numbers = 1)
    {
        var options = new MockGatewayOptions
        {
            MaxRecordedMessages = capacity,
            RecordMessages = record,
            PhoneNumbers = [.. Enumerable.Range(1, numbers).Select(i => new PhoneNumberOptions { PhoneNumberId = $"{i}", AccessToken = $"t{i}" })],
        };
        var state = new GatewayState(options, TimeProvider.System);
        return (new MessageLog(Microsoft.Extensions.Options.Options.Create(options), state), state);
    }

    private static AcceptedMessage Message(long sequence, string waId = "4915100000001") => new(sequence, $"wamid.{sequence}", "1",
        "+" + waId, waId, "text", "hi", null, null, [], null, DateTimeOffset.UnixEpoch, "sent", null, false);

    [Fact]
    public void Add_EarlierSequenceFinishingLate_NeverOverwritesALaterMessageInItsSlot()
    {
        var (log, _) = Create(capacity: 2);
        log.Add(Message(3));
        log.Add(Message(1)); // same slot as 3, but older: a slow send finishing after a newer one
        log.Add(Message(2));

        Assert.Equal([2L, 3L], log.Snapshot().Select(m => m.Sequence));
    }

    [Fact]
    public void Add_RecordMessagesOff_KeepsNothing()
    {
        var (log, _) = Create(capacity: 10, record: false);
        log.Add(Message(1));

        Assert.False(log.Enabled);
        Assert.Empty(log.Snapshot());
    }

    [Fact]
    public void CountsByRecipient_SameUserFromTwoNumbers_SumsAndSkipsUsersWhoOnlyWroteIn()
    {
        var (log, state) = Create(capacity: 10, numbers: 2);
        state.Numbers["1"].Pair("4915100000001").NextAccepted();
        state.Numbers["2"].Pair("4915100000001").NextAccepted();
        state.Numbers["2"].Pair("4915100000002").RecordInbound(1);

        Assert.Equal(new Dictionary<string, int> { ["4915100000001"] = 2 }, log.CountsByRecipient());
    }

    [Fact]
    public void Recipient_TwoNumbers_ReportsTheLatestAcceptedAcrossNumbers()
    {
        var (log, state) = Create(capacity: 10, numbers: 2);
        var first = state.Numbers["1"].Pair("4915100000001");
        var second = state.Numbers["2"].Pair("4915100000001");
        first.RecordAccepted(first.NextAccepted(), 11, acceptedTicks: 200, MessageStatus.Read, 0);
        second.RecordAccepted(second.NextAccepted(), 22, acceptedTicks: 100, MessageStatus.Failed, 131000);

        var summary = log.Recipient("4915100000001");

        Assert.NotNull(summary);
        Assert.Equal(2, summary.Accepted);
        Assert.Equal("1", summary.LastPhoneNumberId);
        Assert.Equal("read", summary.LastPlannedStatus);
        Assert.Equal(WamidFactory.Create("4915100000001", 11, state.Epoch), summary.LastMessageId);
    }

    [Fact]
    public void RecordAccepted_OlderOrdinalAfterNewer_KeepsTheNewer()
    {
        var pair = new PairState();
        pair.RecordAccepted(2, 22, 200, MessageStatus.Delivered, 0);
        pair.RecordAccepted(1, 11, 100, MessageStatus.Failed, 131000);

        Assert.Equal((22UL, 200L, MessageStatus.Delivered, 0), pair.LastAccepted());
    }
}
