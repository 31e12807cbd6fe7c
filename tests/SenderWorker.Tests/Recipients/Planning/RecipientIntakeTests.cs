using System.Text;
using WhatsAppCampaigns.CampaignState.Personalization;
using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.CampaignState.Tests.TestData;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients.Planning;
using WhatsAppCampaigns.SenderWorker.Recipients.Sources;
using WhatsAppCampaigns.SenderWorker.Tests.Acceptance;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Planning;

public sealed class RecipientIntakeTests
{
    private static KubernetesKeyRecipientSource ConfigMapWith(byte[] bytes, string key = "list.csv") =>
        new KubernetesKeyRecipientSource(new FakeKubernetesObjectReader().WithConfigMap("shop", "contacts", key, bytes),
            "shop", "contacts", key, secret: false);

    private static async Task<(List<PlannedRecipient> Planned, RecipientSummary Summary)> RunAsync(
        byte[] bytes, CampaignRunSnapshot? snapshot = null, string key = "list.csv")
    {
        snapshot ??= Snapshots.Valid();
        await using var intake = await RecipientIntake.OpenAsync(snapshot, ConfigMapWith(bytes, key), new FakePhoneNormalizer(),
            RecipientReaderLimits.Default, CancellationToken.None);
        var planned = new List<PlannedRecipient>();
        await foreach (var p in intake.PlanAsync(CancellationToken.None)) planned.Add(p);
        return (planned, intake.Summary);
    }

    [Fact]
    public async Task PlanAsync_100000RowsWithMessyInvalidAndDuplicateRows_EveryRowAccountedForAsGenerated()
    {
        var list = new ValidMessyList(rows: 100_000, messy: 0.05, invalid: 0.03, duplicate: 0.02, seed: 8);

        var (planned, summary) = await RunAsync(list.Csv);

        Assert.Equal(100_000, planned.Count);
        Assert.Equal(100_000, summary.RowsRead);
        Assert.True(summary.CountsAddUp);
        // Duplicates are valid rows here: the claim script answers them (Dedupe tests, acceptance).
        Assert.Equal((97_000L, 3_000L, 0L, 0L), (summary.Valid, summary.Invalid, summary.Duplicate, summary.MissingVariable));
        var valid = planned.Where(p => p.Outcome == RecipientOutcome.Valid).Select(p => p.E164!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(list.ExpectedValid.Order(StringComparer.Ordinal), valid.Order(StringComparer.Ordinal)); // every valid person, no one else
        Assert.Equal(planned.Count, planned.Select(p => p.RowNumber).Distinct().Count());
        Assert.Null(summary.ZeroValidExplanation());
    }

    [Fact]
    public async Task PlanAsync_NoValidRow_ExplainsInPlainWords()
    {
        var bytes = RecipientFiles.Utf8("Name,Mobile\nDana,\nAvi,n/a\nNoa,\n,\n");

        var (_, summary) = await RunAsync(bytes);

        Assert.Equal(
            "no recipient to send to: 3 rows were read from ConfigMap shop/contacts key 'list.csv', none is valid; "
            + "read as CSV, delimiter ',', UTF-8; phone numbers taken from column 'Mobile' (detected); 1 blank rows skipped; "
            + "3 invalid (most common: EMPTY 2, NOT_A_NUMBER 1); "
            + "if that column is not the phone numbers, name the right one in recipients.columns.phone",
            summary.ZeroValidExplanation());
    }

    [Fact]
    public async Task PlanAsync_HeaderOnly_SaysThereAreNoDataRows()
    {
        var (planned, summary) = await RunAsync(RecipientFiles.Utf8("phone,name\n"));

        Assert.Empty(planned);
        Assert.StartsWith("no recipient to send to: ConfigMap shop/contacts key 'list.csv' has a header but no data rows",
            summary.ZeroValidExplanation());
    }

    [Fact]
    public async Task PlanAsync_AllMissingAVariable_ExplainsWhichVariable()
    {
        var (_, summary) = await RunAsync(RecipientFiles.Utf8("phone,name\n+972501234567,\n+972501234568,\n"));

        Assert.Contains("2 missing a variable (most often: name 2)", summary.ZeroValidExplanation());
    }

    [Fact]
    public async Task OpenAsync_FileWithNoPhoneColumn_FailsListingHeadersAndAliases()
    {
        var error = await Assert.ThrowsAsync<RecipientFileException>(() => RunAsync(RecipientFiles.Utf8("name,email\nDana,d@x.com\n")));

        Assert.StartsWith("ConfigMap shop/contacts key 'list.csv': no phone column: headers seen: 'name', 'email'; looked for", error.Message);
    }

    [Fact]
    public async Task OpenAsync_MessageUsesUnknownColumn_FailsBeforeAnyRow()
    {
        var snapshot = Snapshots.Valid() with { Message = new CampaignMessage { Text = "Hi {{nmae}}" } };

        var error = await Assert.ThrowsAsync<PersonalizationException>(() => RunAsync(RecipientFiles.Utf8("phone,name\n+972501234567,A\n"), snapshot));

        Assert.StartsWith("message.text uses {{nmae}}: no column or declared default has that name; variables from columns: name;", error.Message);
    }

    [Fact]
    public async Task PlanAsync_XlsxFromSecretWithMapping_PlansFromTheMappedColumns()
    {
        var workbook = new XlsxBuilder()
            .Row("Customer Id", "Kontakt", "First Name")
            .Row("c1", 972501234567.0, "Dana")
            .Row("c1", 972501234568.0, "Dana")
            .Row("c2", "9.72502E+11", "Avi")
            .Build();
        var snapshot = Snapshots.Valid() with
        {
            Recipients = new RecipientsSource
            {
                Secret = new KeyReference("vip", "vip.xlsx"),
                DefaultRegion = "IL", // Excel dropped the "+" of numbers typed as numbers
                Columns = new ColumnMapping { Phone = "Kontakt", RecipientId = "Customer Id" },
            },
            Message = new CampaignMessage { Text = "Hi {{First Name}} ({{customer_id}})" },
        };
        var source = new KubernetesKeyRecipientSource(new FakeKubernetesObjectReader().WithSecret("shop", "vip", "vip.xlsx", workbook),
            "shop", "vip", "vip.xlsx", secret: true);

        await using var intake = await RecipientIntake.OpenAsync(snapshot, source, new FakePhoneNormalizer(), RecipientReaderLimits.Default, CancellationToken.None);
        var planned = new List<PlannedRecipient>();
        await foreach (var p in intake.PlanAsync(CancellationToken.None)) planned.Add(p);

        // The second row repeats customer c1: valid here, answered a duplicate by the claim script.
        Assert.Equal([RecipientOutcome.Valid, RecipientOutcome.Valid, RecipientOutcome.Invalid], planned.Select(p => p.Outcome));
        Assert.Equal(planned[0].RecipientId, planned[1].RecipientId);
        Assert.Equal(("+972501234567", "Hi Dana (c1)"), (planned[0].E164, planned[0].Message?.Text));
        Assert.Equal("SPREADSHEET_MANGLED", planned[2].Reason);
    }

    [Fact]
    public async Task PlanAsync_InlineTxtList_PlansEachLine()
    {
        var snapshot = Snapshots.WithInline("auto", "+972501234567", "050-123-4568", "oops") with
        {
            Message = new CampaignMessage { Text = "Sale today" },
        };

        await using var intake = await RecipientIntake.OpenAsync(snapshot, new InlineRecipientSource(snapshot.Recipients.Inline!),
            new FakePhoneNormalizer(), RecipientReaderLimits.Default, CancellationToken.None);
        var planned = new List<PlannedRecipient>();
        await foreach (var p in intake.PlanAsync(CancellationToken.None)) planned.Add(p);

        Assert.Equal([(1L, "+972501234567"), (2L, "+972501234568"), (3L, null)], planned.Select(p => (p.RowNumber, p.E164)));
        Assert.Equal("the inline recipients list: 3 rows read: 2 valid, 1 invalid, 0 duplicate, 0 missing a variable", intake.Summary.ToString());
    }
}
