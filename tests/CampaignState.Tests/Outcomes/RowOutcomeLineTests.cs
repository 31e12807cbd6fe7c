using WhatsAppCampaigns.CampaignState.Outcomes;

namespace WhatsAppCampaigns.CampaignState.Tests.Outcomes;

public sealed class RowOutcomeLineTests
{
    [Theory]
    [InlineData(17, "INVALID", "TOO_SHORT", "'+••• ••67' has 7 digits", "row 17: INVALID TOO_SHORT: '+••• ••67' has 7 digits")]
    [InlineData(2, "DUPLICATE", "DUPLICATE", "same recipient as row 1", "row 2: DUPLICATE DUPLICATE: same recipient as row 1")]
    [InlineData(5, "OPTED_OUT", "OPTED_OUT", null, "row 5: OPTED_OUT OPTED_OUT")]
    [InlineData(9, "INVALID", null, null, "row 9: INVALID ")]
    public void Format_WritesTheListEntry(long row, string outcome, string? reason, string? detail, string expected) =>
        Assert.Equal(expected, new RowOutcomeLine(row, outcome, reason, detail).Format());

    [Theory]
    [InlineData("row 17: INVALID TOO_SHORT: '+••• ••67' has 7 digits", 17, "INVALID", "TOO_SHORT", "'+••• ••67' has 7 digits")]
    [InlineData("row 4: MISSINGVARIABLE MISSING_VARIABLE: first_name", 4, "MISSINGVARIABLE", "MISSING_VARIABLE", "first_name")]
    [InlineData("row 3: INVALID NOT_A_NUMBER: cell 'a: b' has no digits", 3, "INVALID", "NOT_A_NUMBER", "cell 'a: b' has no digits")]
    [InlineData("row 5: OPTED_OUT OPTED_OUT", 5, "OPTED_OUT", "OPTED_OUT", null)]
    [InlineData("row 9: INVALID ", 9, "INVALID", null, null)]
    [InlineData("row 9: INVALID", 9, "INVALID", null, null)]
    [InlineData("row 8: INVALID : only a detail", 8, "INVALID", null, "only a detail")]
    public void TryParse_RawEntry_SplitsItsParts(string entry, long row, string outcome, string? reason, string? detail)
    {
        Assert.True(RowOutcomeLine.TryParse(entry, out var line));
        Assert.Equal(new RowOutcomeLine(row, outcome, reason, detail), line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("row x: INVALID TOO_SHORT")]
    [InlineData("row -1: INVALID TOO_SHORT")]
    [InlineData("row 17 INVALID TOO_SHORT")]
    [InlineData("row 17: ")]
    [InlineData("sent 17: INVALID")]
    public void TryParse_OtherText_IsFalse(string entry)
    {
        Assert.False(RowOutcomeLine.TryParse(entry, out var line));
        Assert.Null(line);
    }

    [Theory]
    [InlineData(17, "INVALID", "TOO_SHORT", "has: colons")]
    [InlineData(1, "DUPLICATE", "DUPLICATE", null)]
    [InlineData(1_000_000, "INVALID", null, "no reason code")]
    public void FormatThenParse_GivesTheSameLine(long row, string outcome, string? reason, string? detail)
    {
        var written = new RowOutcomeLine(row, outcome, reason, detail);
        Assert.True(RowOutcomeLine.TryParse(written.Format(), out var read));
        Assert.Equal(written, read);
    }

    [Theory]
    [InlineData("TOO_SHORT", "7 digits", "TOO_SHORT: 7 digits")]
    [InlineData("TOO_SHORT", null, "TOO_SHORT")]
    [InlineData(null, "7 digits", "7 digits")]
    [InlineData(null, null, "INVALID")]
    public void Explanation_JoinsReasonAndDetail(string? reason, string? detail, string expected) =>
        Assert.Equal(expected, new RowOutcomeLine(1, RowOutcomeLine.Invalid, reason, detail).Explanation);
}
