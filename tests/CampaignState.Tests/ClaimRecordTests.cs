namespace WhatsAppCampaigns.CampaignState.Tests;

public sealed class ClaimRecordTests
{
    [Fact]
    public void Parse_FailedRecordWithPipesInMessage_KeepsWholeMessage()
    {
        var record = ClaimRecord.Parse(ClaimRecord.ForFailed(131026, "a | b", 3, 9).Format())!;
        Assert.Equal(("failed", "131026", 3L, 9L, "a | b"), (record.State, record.Value, record.Fence, record.UnixMilliseconds, record.Message!));
        Assert.True(record.IsFailed);
    }

    [Theory]
    [InlineData("sent|wamid.X==|6|1000", "sent", "wamid.X==")]
    [InlineData("sending|pod-a-1|7|1000", "sending", "pod-a-1")]
    public void Parse_WrittenRecord_RoundTrips(string text, string state, string value)
    {
        var record = ClaimRecord.Parse(text)!;
        Assert.Equal((state, value), (record.State, record.Value));
        Assert.Equal(text, record.Format());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sent|wamid")]
    [InlineData("sent|wamid|seven|1000")]
    [InlineData("legacy value")]
    public void Parse_SomethingThisVersionDidNotWrite_IsNull(string? text) => Assert.Null(ClaimRecord.Parse(text));
}
