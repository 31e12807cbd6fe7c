using WhatsAppCampaigns.CampaignState.Personalization;
using WhatsAppCampaigns.CampaignState.Recipients.Columns;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Recipients;
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
    public void Plan_SameNumberOnTwoRows_BothValidBecauseTheClaimAnswersDuplicates()
    {
        var planner = Planner();

        var first = planner.Plan(new(2, ["+972501234567", "Dana"]));
        var second = planner.Plan(new(5, ["050-123-4567", "Dana"]));

        Assert.Equal((RecipientOutcome.Valid, RecipientOutcome.Valid), (first.Outcome, second.Outcome));
        Assert.Equal(first.E164, second.E164);
    }

    [Fact]
    public void AsDuplicateOf_ByNumber_NamesTheFirstRowAndDropsTheMessage()
    {
        var planned = Planner().Plan(new(5, ["050-123-4567", "Dana"]));

        var duplicate = RecipientPlanner.AsDuplicateOf(planned, 2);

        Assert.Equal((RecipientOutcome.Duplicate, "DUPLICATE", "same phone number as row 2"), (duplicate.Outcome, duplicate.Reason, duplicate.Detail));
        Assert.Null(duplicate.Message);
        Assert.Equal(5, duplicate.RowNumber);
    }

    [Fact]
    public void AsDuplicateOf_MappedRecipientId_SaysSameRecipientId()
    {
        var planned = Planner(new ColumnMapping { RecipientId = "crm" }).Plan(new(4, ["+972501234999", "Dana", "c1"]));

        Assert.Equal("same recipient id as row 2", RecipientPlanner.AsDuplicateOf(planned, 2).Detail);
    }
}
