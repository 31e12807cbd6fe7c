using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients.Formats;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Formats;

public sealed class DelimitedRecordParserTests
{
    private static async Task<List<ParsedRecord>> ParseAsync(string text, char? delimiter = ',', bool quotes = true,
        RecipientReaderLimits? limits = null)
    {
        var parser = new DelimitedRecordParser(new StringReader(text), delimiter, quotes, limits ?? RecipientReaderLimits.Default);
        var records = new List<ParsedRecord>();
        while (await parser.ReadAsync(CancellationToken.None) is { } record) records.Add(record);
        return records;
    }

    [Fact]
    public async Task ReadAsync_QuotedFieldsWithDelimiterQuoteAndNewline_AreUnquoted()
    {
        var records = await ParseAsync("phone,note\r\n\"+972 50\",\"a, \"\"b\"\"\nc\"\r\n+1,x\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["+972 50", "a, \"b\"\nc"], records[1].Fields);
        Assert.Equal(2, records[1].LineNumber);
        Assert.Equal(4, records[2].LineNumber); // the embedded newline moved the next record to line 4
        Assert.Equal(3, records[2].RowNumber);  // but a spreadsheet shows it as row 3
    }

    [Theory]
    [InlineData("a,b\nc,d", 2)]
    [InlineData("a,b\rc,d\r", 2)]
    [InlineData("a,b\r\nc,d\r\n", 2)]
    [InlineData("a,b\n\nc,d\n", 3)]
    public async Task ReadAsync_LineEndings_SplitRecords(string text, int count) =>
        Assert.Equal(count, (await ParseAsync(text)).Count);

    [Fact]
    public async Task ReadAsync_NoDelimiterNoQuotes_ReadsWholeLines()
    {
        var records = await ParseAsync("\"+972,50\"\n050 123", delimiter: null, quotes: false);

        Assert.Equal([["\"+972,50\""], ["050 123"]], records.Select(r => r.Fields));
    }

    [Fact]
    public async Task ReadAsync_UnterminatedQuote_ReportsTheRowWhereItOpened()
    {
        var records = await ParseAsync("phone,name\n+1,\"Bob\n+2,Al\n");

        var last = records[^1];
        Assert.Equal(2, last.LineNumber);
        Assert.Equal(RowProblemCodes.UnterminatedQuote, last.Problem?.Code);
        Assert.Equal("a quoted cell opened in row 2 never closes before the end of the file", last.Problem?.Message);
    }

    [Fact]
    public async Task ReadAsync_FieldOverCap_SkipsToNextLineAndContinues()
    {
        var limits = RecipientReaderLimits.Default with { MaxFieldLength = 10 };

        var records = await ParseAsync("a,b\n+1,0123456789012345,x\n+2,y\n", limits: limits);

        Assert.Equal(3, records.Count);
        Assert.Equal(RowProblemCodes.FieldTooLong, records[1].Problem?.Code);
        Assert.Equal("cell 2 is longer than 10 characters; the row was skipped", records[1].Problem?.Message);
        Assert.Empty(records[1].Fields);
        Assert.Equal(3, records[2].LineNumber);
        Assert.Equal(["+2", "y"], records[2].Fields);
    }

    [Fact]
    public async Task ReadAsync_RowOverCap_SkipsToNextLine()
    {
        var limits = RecipientReaderLimits.Default with { MaxRecordLength = 8 };

        var records = await ParseAsync("a,b,c,d,e,f,g,h,i\n+2,y\n", limits: limits);

        Assert.Equal(RowProblemCodes.RowTooLong, records[0].Problem?.Code);
        Assert.Equal(["+2", "y"], records[1].Fields);
    }

    [Fact]
    public async Task ReadAsync_TooManyFields_SkipsTheRow()
    {
        var limits = RecipientReaderLimits.Default with { MaxFields = 3 };

        var records = await ParseAsync(",,,,,,\nx,y\n", limits: limits);

        Assert.Equal(RowProblemCodes.TooManyFields, records[0].Problem?.Code);
        Assert.Equal(["x", "y"], records[1].Fields);
    }

    [Fact]
    public async Task ReadAsync_StrayQuoteInsideUnquotedField_IsKeptLiterally()
    {
        var records = await ParseAsync("5'2\" tall,x\n");

        Assert.Equal(["5'2\" tall", "x"], records[0].Fields);
    }
}
