using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.CampaignState.Tests.TestData;
using WhatsAppCampaigns.SenderWorker.Campaigns;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Campaigns;

public sealed class CampaignRunSnapshotValidatorTests
{
    [Fact]
    public void Validate_ValidAndFullSnapshots_HaveNoErrors()
    {
        Assert.Empty(CampaignRunSnapshotValidator.Validate(Snapshots.Valid()));
        Assert.Empty(CampaignRunSnapshotValidator.Validate(Snapshots.Full()));
    }

    [Fact]
    public void Validate_TwoSources_NamesBoth()
    {
        var snapshot = Snapshots.Valid() with
        {
            Recipients = Snapshots.Valid().Recipients with { Url = "https://example.com/a.csv" },
        };

        var error = Assert.Single(CampaignRunSnapshotValidator.Validate(snapshot));

        Assert.Equal("recipients: exactly one of inline, configMap, secret, url must be set (found configMap, url)", error);
    }

    [Fact]
    public void Validate_NoSource_SaysNoneIsSet()
    {
        var snapshot = Snapshots.Valid() with { Recipients = new RecipientsSource() };

        Assert.Contains("recipients: exactly one of inline, configMap, secret, url must be set (none is)",
            CampaignRunSnapshotValidator.Validate(snapshot));
    }

    [Theory]
    [InlineData("ftp://example.com/a.csv")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public void Validate_NonHttpUrl_IsRejected(string url)
    {
        var snapshot = Snapshots.Valid() with { Recipients = new RecipientsSource { Url = url } };

        Assert.Contains("recipients.url: must be an absolute http or https URL", CampaignRunSnapshotValidator.Validate(snapshot));
    }

    [Fact]
    public void Validate_BadRegionEncodingAndMessage_NamesEachField()
    {
        var snapshot = Snapshots.Valid() with
        {
            Recipients = Snapshots.Valid().Recipients with { DefaultRegion = "Israel", Encoding = "klingon-8" },
            Message = new CampaignMessage { Text = "x", Template = new TemplateMessage { Name = "", Language = "en" } },
        };

        var errors = CampaignRunSnapshotValidator.Validate(snapshot);

        Assert.Contains("recipients.defaultRegion: 'Israel' is not a two-letter ISO 3166 region code", errors);
        Assert.Contains("recipients.encoding: unknown encoding 'klingon-8'", errors);
        Assert.Contains("message: exactly one of text, template must be set", errors);
        Assert.Contains("message.template.name: required", errors);
    }

    [Fact]
    public void Validate_SecretWithoutKey_NamesTheField()
    {
        var snapshot = Snapshots.Valid() with { Recipients = new RecipientsSource { Secret = new KeyReference("vip", " ") } };

        Assert.Equal(["recipients.secret.key: required"], CampaignRunSnapshotValidator.Validate(snapshot));
    }

    [Theory]
    [InlineData(0.0, null, "delivery.rate.messagesPerSecond must be > 0")]
    [InlineData(-5.0, null, "delivery.rate.messagesPerSecond must be > 0")]
    [InlineData(10.0, 0, "delivery.rate.burst must be >= 1")]
    public void Validate_BadRate_NamesTheField(double perSecond, int? burst, string expected)
    {
        var snapshot = Snapshots.Valid() with { Delivery = new DeliverySettings { Rate = new SendRate { MessagesPerSecond = perSecond, Burst = burst } } };

        Assert.Equal(expected, Assert.Single(CampaignRunSnapshotValidator.Validate(snapshot)));
    }

    [Fact]
    public void Validate_BadRetry_NamesEachField()
    {
        var snapshot = Snapshots.Valid() with
        {
            Delivery = new DeliverySettings { Retry = new RetrySettings { InitialBackoffMilliseconds = 5_000, MaxBackoffMilliseconds = 1_000, MaxAttempts = 0 } },
        };

        Assert.Equal(
            ["delivery.retry.maxBackoffMilliseconds must be >= delivery.retry.initialBackoffMilliseconds", "delivery.retry.maxAttempts must be between 1 and 100"],
            CampaignRunSnapshotValidator.Validate(snapshot));
    }

    [Theory]
    [InlineData("run{1}")]
    [InlineData("a;b")]
    [InlineData("")]
    public void Validate_RunIdThatCannotNameKeys_IsRefused(string runId) =>
        Assert.StartsWith("runId: ", Assert.Single(CampaignRunSnapshotValidator.Validate(Snapshots.Valid() with { RunId = runId })), StringComparison.Ordinal);
}
