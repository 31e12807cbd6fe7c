using WhatsAppCampaigns.CampaignState.Personalization;
using WhatsAppCampaigns.CampaignState.Recipients.Columns;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients.Planning;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Planning;

public sealed class RowClassifierTests
{
    private static readonly RecipientColumns Columns = RecipientColumnResolver.Resolve("f", ["phone", "name"], null);
    private static readonly RecipientColumns WithId =
        RecipientColumnResolver.Resolve("f", ["phone", "name", "crm"], new ColumnMapping { RecipientId = "crm" });

    private static PlannedRecipient Classify(RecipientRow row, RecipientColumns? columns = null)
    {
        columns ??= Columns;
        var personalizer = MessagePersonalizer.Compile(new CampaignMessage { Text = "Hi {{name}}" }, null, columns);
        return RowClassifier.Classify(row, columns, new FakePhoneNormalizer(), "IL", personalizer);
    }

    public static TheoryData<string, RecipientRow, RecipientOutcome, string?, string?> NamedRows => new()
    {
        { "clean", new(2, ["+972501234567", "Dana"]), RecipientOutcome.Valid, null, "+972501234567" },
        { "national with region", new(2, ["050-123-4567", "Dana"]), RecipientOutcome.Valid, null, "+972501234567" },
        { "float rendering", new(2, ["972501234567.0", "Dana"]), RecipientOutcome.Valid, null, "+972501234567" },
        { "empty phone", new(2, ["  ", "Dana"]), RecipientOutcome.Invalid, "EMPTY", null },
        { "short row", new(2, []), RecipientOutcome.Invalid, "EMPTY", null },
        { "letters", new(2, ["call me", "Dana"]), RecipientOutcome.Invalid, "NOT_A_NUMBER", null },
        { "scientific", new(2, ["9.72502E+11", "Dana"]), RecipientOutcome.Invalid, "SPREADSHEET_MANGLED", null },
        { "reader problem", new(2, [], new RowProblem("ROW_TOO_LONG", "too long")), RecipientOutcome.Invalid, "ROW_TOO_LONG", null },
        { "missing name", new(2, ["+972501234567", ""]), RecipientOutcome.MissingVariable, "MISSING_VARIABLE", "+972501234567" },
        { "name too long for a message", new(2, ["+972501234567", new string('n', 4094)]), RecipientOutcome.Invalid, "MESSAGE_TOO_LONG", "+972501234567" },
    };

    [Theory]
    [MemberData(nameof(NamedRows))]
    public void Classify_NamedRow_GetsItsOutcome(string name, RecipientRow row, RecipientOutcome outcome, string? reason, string? e164)
    {
        var planned = Classify(row);

        Assert.True((outcome, reason, e164) == (planned.Outcome, planned.Reason, planned.E164), $"{name}: got {planned}");
        Assert.Equal(2, planned.RowNumber);
    }

    [Fact]
    public void Classify_Valid_CarriesThePersonalizedMessage() =>
        Assert.Equal("Hi Dana", Classify(new(2, ["+972501234567", "Dana"])).Message?.Text);

    [Fact]
    public void Classify_InvalidPhone_MasksAllButTheLastFourDigits()
    {
        var planned = Classify(new(9, ["+97250123456789012", "Dana"]));

        Assert.Equal("TOO_LONG", planned.Reason);
        Assert.Equal("'phone' '+•••••••••••••9012': more than 15 digits", planned.Detail);
    }

    [Fact]
    public void Classify_MissingVariable_NamesIt() =>
        Assert.Equal("no value for {{name}} (empty cell, no declared default)", Classify(new(2, ["+972501234567"])).Detail);

    [Theory]
    [InlineData("972501234567")]
    [InlineData("+0972501234567")]
    [InlineData("+97250123456789012345")]
    [InlineData("+97250-1234567")]
    public void Classify_NormalizerReturnsNonE164_RowIsInvalidNotACrash(string output)
    {
        var columns = Columns;
        var personalizer = MessagePersonalizer.Compile(new CampaignMessage { Text = "Hi" }, null, columns);

        var planned = RowClassifier.Classify(new(2, ["+972501234567"]), columns, new ConstantNormalizer(output), "IL", personalizer);

        Assert.Equal((RecipientOutcome.Invalid, RowClassifier.NotE164Reason), (planned.Outcome, planned.Reason));
    }

    private sealed class ConstantNormalizer(string e164) : IPhoneNormalizer
    {
        public PhoneParseResult Normalize(string raw, string defaultRegion) => PhoneParseResult.Valid(e164);
    }

    [Fact]
    public void Classify_MappedIdEmpty_IsInvalid()
    {
        var planned = Classify(new(2, ["+972501234567", "Dana", " "]), WithId);

        Assert.Equal((RecipientOutcome.Invalid, RowProblemCodes.EmptyRecipientId), (planned.Outcome, planned.Reason));
    }
}
