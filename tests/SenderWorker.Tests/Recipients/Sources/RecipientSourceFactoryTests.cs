using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.CampaignState.Tests.TestData;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients.Sources;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Sources;

public sealed class RecipientSourceFactoryTests
{
    private static readonly RecipientSourceFactory Factory = new(new FakeKubernetesObjectReader(), new HttpClient(),
        TimeProvider.System, TimeSpan.FromMinutes(1), RecipientReaderLimits.Default);

    [Theory]
    [InlineData("configMap", "ConfigMap shop/contacts key 'list.csv'")]
    [InlineData("secret", "Secret shop/contacts key 'list.csv'")]
    [InlineData("url", "https://example.com/list.csv")]
    [InlineData("inline", "the inline recipients list")]
    public void Create_EachSourceKind_GivesItsSource(string kind, string displayName)
    {
        var key = new KeyReference("contacts", "list.csv");
        var source = kind switch
        {
            "configMap" => new RecipientsSource { ConfigMap = key },
            "secret" => new RecipientsSource { Secret = key },
            "url" => new RecipientsSource { Url = "https://example.com/list.csv?sig=abc" },
            _ => new RecipientsSource { Inline = ["+972501234567"] },
        };

        Assert.Equal(displayName, Factory.Create(Snapshots.Valid() with { Recipients = source }).DisplayName);
    }

    [Fact]
    public void Create_NoSource_FailsAsConfiguration() =>
        Assert.Throws<CampaignSnapshotException>(() => Factory.Create(Snapshots.Valid() with { Recipients = new RecipientsSource() }));
}
