using WhatsAppCampaigns.SenderWorker.Progress;

namespace WhatsAppCampaigns.SenderWorker.Tests.Sending;

public sealed class RunSummaryTests
{
    private static readonly ProgressSnapshot Finished = new(Rows: 10, Valid: 7, Invalid: 2, Duplicate: 1, MissingVariable: 0,
        OptedOut: 1, Sent: 5, AlreadySent: 2, Failed: 1, Unknown: 0, NotSent: 0, Retries: 3);

    [Fact]
    public void Line_Done_SaysDoneAndEveryCount() => Assert.Equal(
        "sender shop/sale: done: 10 rows: 5 sent (2 in earlier runs), 1 failed, 0 unknown, 1 opted out, 2 invalid, 1 duplicate, 0 missing a variable, 0 not sent",
        RunSummary.Line("shop/sale", RunResult.Done, null, Finished));

    [Fact]
    public void Line_RetryLater_PutsReasonFirst() => Assert.StartsWith(
        "sender shop/sale: stopped, retry later: gateway down; 10 rows",
        RunSummary.Line("shop/sale", RunResult.RetryLater, "gateway down", Finished), StringComparison.Ordinal);

    [Fact]
    public void ForFinished_ZeroValid_IsConfigurationWrongNotSuccess() =>
        Assert.Equal(RunResult.ConfigurationWrong, RunSummary.ForFinished(Finished with { Valid = 0 }));

    [Fact]
    public void AddsUp_EveryRowTerminal_IsTrue() => Assert.True(Finished.AddsUp);

    [Fact]
    public void ExitCodes_AreSysexits() =>
        Assert.Equal((0, 75, 78), ((int)RunResult.Done, (int)RunResult.RetryLater, (int)RunResult.ConfigurationWrong));
}
