using WhatsAppCampaigns.CampaignState.Outcomes;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.CampaignState.Tests.TestData;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients.Planning;
using WhatsAppCampaigns.SenderWorker.Recipients.Sources;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients;

/// <summary>
/// "row N" means the row as a spreadsheet shows the file: the header is row 1, so the first data
/// row is row 2; blank rows count; a quoted cell spanning lines is one row; TXT without a header:
/// line N (src/SenderWorker/README.md). One known bad row per format.
/// </summary>
public sealed class RowNumberConventionTests
{
    [Fact]
    public async Task BadRow_Csv_IsTheSpreadsheetRowEvenAfterABlankRowAndAMultiLineCell() =>
        Assert.Equal("row 5: INVALID", await BadRowAsync(RecipientFiles.Utf8(
            "phone,name\n+972501234567,Dana\n\n+972501234568,\"two\nlines\"\noops,Bad\n"), "list.csv"));

    [Fact]
    public async Task BadRow_Tsv_IsTheSpreadsheetRow() =>
        Assert.Equal("row 3: INVALID", await BadRowAsync(RecipientFiles.Utf8("phone\tname\n+972501234567\tDana\noops\tBad\n"), "list.tsv"));

    [Fact]
    public async Task BadRow_TxtWithoutHeader_IsTheLine() =>
        Assert.Equal("row 3: INVALID", await BadRowAsync(RecipientFiles.Utf8("+972501234567\n\noops\n"), "list.txt"));

    [Fact]
    public async Task BadRow_TxtWithTitleLine_CountsTheTitleAsRowOne() =>
        Assert.Equal("row 3: INVALID", await BadRowAsync(RecipientFiles.Utf8("phone\n+972501234567\noops\n"), "list.txt"));

    [Fact]
    public async Task BadRow_Xlsx_IsTheSheetRowNumberGapsIncluded()
    {
        var workbook = new XlsxBuilder().Row("phone", "name").Row("+972501234567", "Dana").Gap(2).Row("oops", "Bad").Build();

        Assert.Equal("row 5: INVALID", await BadRowAsync(workbook, "list.xlsx"));
    }

    [Fact]
    public async Task BadRow_InlineWithHeader_IsItsLineSoInlineIndexPlusTwo()
    {
        var snapshot = Snapshots.WithInline("csv", "phone,name", "+972501234567,Dana", "oops,Bad");

        await using var intake = await RecipientIntake.OpenAsync(snapshot, new InlineRecipientSource(snapshot.Recipients.Inline!),
            new FakePhoneNormalizer(), RecipientReaderLimits.Default, CancellationToken.None);

        Assert.Equal("row 3: INVALID", await FirstInvalidAsync(intake));
    }

    private static async Task<string> BadRowAsync(byte[] bytes, string key)
    {
        var source = new KubernetesKeyRecipientSource(new FakeKubernetesObjectReader().WithConfigMap("shop", "contacts", key, bytes),
            "shop", "contacts", key, secret: false);
        var snapshot = Snapshots.Valid() with
        {
            Recipients = new RecipientsSource { ConfigMap = new KeyReference("contacts", key), DefaultRegion = "IL" },
            VariableDefaults = new Dictionary<string, string> { ["name"] = "there" },
        };
        await using var intake = await RecipientIntake.OpenAsync(snapshot, source, new FakePhoneNormalizer(),
            RecipientReaderLimits.Default, CancellationToken.None);
        return await FirstInvalidAsync(intake);
    }

    // The row log's entry, as the operator and people read it; only its "row N: OUTCOME" head.
    private static async Task<string> FirstInvalidAsync(RecipientIntake intake)
    {
        await foreach (var planned in intake.PlanAsync(CancellationToken.None))
        {
            if (planned.Outcome != RecipientOutcome.Invalid) continue;
            var entry = RowOutcomeLine.Format(planned.RowNumber, "INVALID", planned.Reason, planned.Detail);
            return entry[..entry.IndexOf(" INVALID", StringComparison.Ordinal)] + " INVALID";
        }
        return "no invalid row";
    }
}
