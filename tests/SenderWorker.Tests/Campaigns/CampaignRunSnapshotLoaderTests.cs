using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.CampaignState.Tests.TestData;
using WhatsAppCampaigns.SenderWorker.Campaigns;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Campaigns;

public sealed class CampaignRunSnapshotLoaderTests
{
    [Fact]
    public async Task FromEnvironmentAsync_InlineJson_ReadsAndValidates()
    {
        var json = CampaignRunSnapshotJson.Serialize(Snapshots.Valid());

        var snapshot = await CampaignRunSnapshotLoader.FromEnvironmentAsync(
            name => name == CampaignRunSnapshotLoader.JsonVariable ? json : null, CancellationToken.None);

        Assert.Equal("spring-sale", snapshot.Campaign);
    }

    [Fact]
    public async Task FromEnvironmentAsync_NothingSet_NamesBothVariables()
    {
        var error = await Assert.ThrowsAsync<CampaignSnapshotException>(
            () => CampaignRunSnapshotLoader.FromEnvironmentAsync(_ => null, CancellationToken.None));

        Assert.Contains("SENDER_RUN_SNAPSHOT ", error.Message);
        Assert.Contains("SENDER_RUN_SNAPSHOT_FILE", error.Message);
    }

    [Fact]
    public async Task FromEnvironmentAsync_InvalidSnapshot_FailsWithTheFieldErrors()
    {
        var json = CampaignRunSnapshotJson.Serialize(Snapshots.Valid() with { Recipients = new RecipientsSource() });

        var error = await Assert.ThrowsAsync<CampaignSnapshotException>(() => CampaignRunSnapshotLoader.FromEnvironmentAsync(
            name => name == CampaignRunSnapshotLoader.JsonVariable ? json : null, CancellationToken.None));

        Assert.Contains("$SENDER_RUN_SNAPSHOT: invalid run snapshot: recipients: exactly one of", error.Message);
    }

    [Fact]
    public async Task FromFileAsync_MissingFile_NamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-snapshot-{Guid.NewGuid():N}.json");

        var error = await Assert.ThrowsAsync<CampaignSnapshotException>(() => CampaignRunSnapshotLoader.FromFileAsync(path, CancellationToken.None));

        Assert.Contains(path, error.Message);
    }
}
