using WhatsAppCampaigns.SenderWorker.Campaigns;
using WhatsAppCampaigns.SenderWorker.Personalization;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients.Columns;
using WhatsAppCampaigns.SenderWorker.Recipients.Planning;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Planning;

public sealed class RecipientPlannerTests
{
    private static RecipientPlanner Planner(ColumnMapping? mapping = null)
    {
        var columns = RecipientColumnResolver.Resolve("f", ["phone", "name", "crm"], mapping);
        var personalizer = MessagePersonalizer.Compile(new CampaignMessage { Text = "Hi {{name}}" }, null, columns);
        return new RecipientPlanner(columns, new FakePhoneNormalizer(), "IL", personalizer);
    }

    [Fact]
    public void Plan_SameNumberWrittenDifferently_SecondIsDuplicateOfTheFirst()
    {
        var planner = Planner();

        var first = planner.Plan(new(2, ["+972501234567", "Dana"]));
        var second = planner.Plan(new(5, ["050-123-4567", "Dana"]));

        Assert.Equal(RecipientOutcome.Valid, first.Outcome);
        Assert.Equal((RecipientOutcome.Duplicate, "DUPLICATE", "same phone number as row 2"), (second.Outcome, second.Reason, second.Detail));
        Assert.Null(second.Message);
    }

    [Fact]
    public void Plan_FirstRowMissingAVariable_LaterCompleteRowIsStillSent()
    {
        var planner = Planner();

        var incomplete = planner.Plan(new(2, ["+972501234567", ""]));
        var complete = planner.Plan(new(3, ["+972501234567", "Dana"]));

        Assert.Equal((RecipientOutcome.MissingVariable, RecipientOutcome.Valid), (incomplete.Outcome, complete.Outcome));
    }

    [Fact]
    public void Plan_MappedRecipientId_DedupesByIdNotNumber()
    {
        var planner = Planner(new ColumnMapping { RecipientId = "crm" });

        var outcomes = new[]
        {
            planner.Plan(new(2, ["+972501234567", "Dana", "c1"])),
            planner.Plan(new(3, ["+972501234567", "Dana", "c2"])), // same number, other customer: sent
            planner.Plan(new(4, ["+972501234999", "Dana", "c1"])), // same customer, new number: duplicate
        }.Select(p => p.Outcome);

        Assert.Equal([RecipientOutcome.Valid, RecipientOutcome.Valid, RecipientOutcome.Duplicate], outcomes);
    }

    [Theory]
    [InlineData("+972501234567", 972501234567UL)]
    [InlineData("+999999999999999", 999999999999999UL)]
    [InlineData("+12025550123", 12025550123UL)]
    public void FromE164_Digits_PackExactly(string e164, ulong key) => Assert.Equal(key, RecipientKey.FromE164(e164));

    [Fact]
    public void FromRecipientId_TrimsAndKeepsCase()
    {
        Assert.Equal(RecipientKey.FromRecipientId("c-1"), RecipientKey.FromRecipientId(" c-1 "));
        Assert.NotEqual(RecipientKey.FromRecipientId("c-1"), RecipientKey.FromRecipientId("C-1"));
    }
}
