using WhatsAppCampaigns.Operator.Progress;

namespace WhatsAppCampaigns.Operator.Tests.Progress;

public sealed class RunProgressTests
{
    private static readonly Dictionary<string, string> Progress = new()
    {
        ["rows"] = "100", ["valid"] = "97", ["sent"] = "90", ["failed"] = "7", ["state"] = "done",
        ["failedCode:131009"] = "4", ["failedCode:131026"] = "1",
    };

    [Fact]
    public void FromHash_SynchronousFailureCodes_MostFrequentFirst()
    {
        var progress = RunProgress.FromHash(Progress, []);
        Assert.Equal([("131009", 4L), ("131026", 1L)], progress.TopFailureCodes);
        Assert.Equal(0, progress.Delivered);
    }

    [Fact]
    public void WithDelivery_WebhookCounts_FilledAndCodesMergedPerCode()
    {
        var delivery = new Dictionary<string, string>
        {
            ["delivered"] = "80", ["read"] = "50", ["replied"] = "12", ["failed"] = "6",
            ["failedCode:131026"] = "5", ["failedCode:131049"] = "1",
        };
        var progress = RunProgress.FromHash(Progress, []).WithDelivery(Progress, delivery);
        Assert.Equal((80L, 50L, 12L), (progress.Delivered, progress.Read, progress.Replied));
        Assert.Equal([("131026", 6L), ("131009", 4L), ("131049", 1L)], progress.TopFailureCodes);
        Assert.Equal(90, progress.Sent);
    }

    [Fact]
    public void WithDelivery_NoDeliveryHash_Unchanged()
    {
        var progress = RunProgress.FromHash(Progress, []);
        Assert.Same(progress, progress.WithDelivery(Progress, new Dictionary<string, string>()));
    }

    [Fact]
    public void MergeFailureCodes_ElevenCodesAndJunk_TenKeptTiesByCode()
    {
        var fields = Enumerable.Range(0, 11).ToDictionary(i => $"failedCode:{130000 + i}", i => i == 5 ? "9" : "1");
        fields["failedCode:"] = "3";
        fields["failedCode:131000"] = "x";
        fields["failedCode:131001"] = "0";
        var top = RunProgress.MergeFailureCodes(fields, null);
        Assert.Equal(RunProgress.MaxFailureCodes, top.Count);
        Assert.Equal(("130005", 9L), top[0]);
        Assert.Equal("130000", top[1].Code);
        Assert.DoesNotContain(top, t => t.Code is "" or "131000" or "131001" or "130010");
    }
}
