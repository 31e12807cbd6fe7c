using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients.Sources;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Sources;

public sealed class KubernetesKeyRecipientSourceTests
{
    [Fact]
    public async Task OpenAsync_ConfigMapKey_StreamsItsBytesWithTheKeyAsFileName()
    {
        var reader = new FakeKubernetesObjectReader().WithConfigMap("shop", "contacts", "list.tsv", [1, 2, 3]);
        var source = new KubernetesKeyRecipientSource(reader, "shop", "contacts", "list.tsv", secret: false);

        await using var opened = await source.OpenAsync(CancellationToken.None);

        Assert.Equal(("ConfigMap shop/contacts key 'list.tsv'", "list.tsv"), (opened.DisplayName, opened.FileName));
        Assert.Equal(3, opened.Stream.Length);
    }

    [Fact]
    public async Task OpenAsync_MissingSecretKey_FailsNamingObjectAndKey()
    {
        var source = new KubernetesKeyRecipientSource(new FakeKubernetesObjectReader(), "shop", "vip", "list.csv", secret: true);

        var error = await Assert.ThrowsAsync<RecipientFileException>(() => source.OpenAsync(CancellationToken.None));

        Assert.Equal("Secret shop/vip key 'list.csv': not found (no Secret 'vip' in namespace 'shop', or it has no key 'list.csv')", error.Message);
    }
}
