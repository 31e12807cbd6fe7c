using WhatsAppCampaigns.WebhookReceiver.Metrics;
using WhatsAppCampaigns.Webhooks.Http;

namespace WhatsAppCampaigns.Webhooks.Tests.Metrics;

/// <summary>The pure label functions: bounded values.</summary>
public sealed class ReceiverMetricsTests
{
    [Theory]
    [InlineData(131026, "131026")]
    [InlineData(131047, "131047")]
    [InlineData(470, "470")]
    [InlineData(1, "1")]
    [InlineData(999999, "999999")]
    [InlineData(1000000, "other")]
    [InlineData(int.MaxValue, "other")]
    [InlineData(0, "other")]
    [InlineData(-131026, "other")]
    public void CodeLabel_Code_NumericUpToSixDigitsElseOther(int code, string expected) =>
        Assert.Equal(expected, ReceiverMetrics.CodeLabel(code));

    [Fact]
    public void ResultLabel_EveryResult_DistinctSnakeCase()
    {
        var labels = Enum.GetValues<WebhookRequestResult>().Select(ReceiverMetrics.ResultLabel).ToList();
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.All(labels, l => Assert.Matches("^[a-z_]+$", l));
    }

    [Fact]
    public void ResultLabel_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReceiverMetrics.ResultLabel((WebhookRequestResult)99));
}
