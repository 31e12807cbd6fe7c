using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.CampaignState.Recipients.Columns;
using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.CampaignState.Tests.Recipients.Columns;

public sealed class RecipientColumnResolverTests
{
    [Theory]
    [InlineData("phone")]
    [InlineData("Phone Number")]
    [InlineData("MOBILE")]
    [InlineData("Cell")]
    [InlineData("cellphone")]
    [InlineData("Number")]
    [InlineData("tel")]
    [InlineData("Telephone")]
    [InlineData("WhatsApp")]
    [InlineData("msisdn")]
    [InlineData("Telefon")]
    [InlineData("Teléfono")]
    [InlineData("TELEFONE")]
    [InlineData("téléphone")]
    [InlineData("טלפון")]
    [InlineData("נייד")]
    [InlineData("هاتف")]
    [InlineData("جوال")]
    [InlineData("Мобильный")]
    [InlineData("телефон")]
    [InlineData("電話")]
    [InlineData("手机")]
    [InlineData(" phone_number ")]
    public void Detect_PhoneHeaderInAnyListedLanguage_IsFound(string header) =>
        Assert.Equal(1, RecipientColumnResolver.Detect(["Name", header, "City"]));

    [Theory]
    [InlineData(new[] { "Phone", "Name", "Mobile" }, 2)]
    [InlineData(new[] { "Phone", "Name", "Mobile", "WhatsApp Number" }, 3)]
    [InlineData(new[] { "Number", "Tel" }, 1)]
    [InlineData(new[] { "Tel", "Telefon" }, 0)]
    public void Detect_SeveralCandidates_PrefersWhatsAppThenMobileThenLeftmost(string[] headers, int expected) =>
        Assert.Equal(expected, RecipientColumnResolver.Detect(headers));

    [Fact]
    public void Resolve_Detected_DescribesTheChoiceAndOtherCandidates()
    {
        var columns = RecipientColumnResolver.Resolve("f", ["Name", "Phone", "Mobile"], null);

        Assert.Equal(2, columns.PhoneIndex);
        Assert.Equal("column 'Mobile' (detected; also looked like phones: 'Phone')", columns.PhoneChoice);
        Assert.Equal(["name", "phone"], columns.VariableNames);
    }

    [Fact]
    public void Resolve_NoPhoneColumn_ListsHeadersSeenAndNamesLookedFor()
    {
        var error = Assert.Throws<RecipientFileException>(() => RecipientColumnResolver.Resolve("list.csv", ["Name", "E-mail"], null));

        Assert.StartsWith("list.csv: no phone column: headers seen: 'Name', 'E-mail'; looked for a header named like one of whatsapp, ", error.Message);
        Assert.Contains("טלפון", error.Message);
        Assert.EndsWith("(or map one with recipients.columns.phone)", error.Message);
    }

    [Fact]
    public void Resolve_MappedColumns_AreUsedByAnySpelling()
    {
        var columns = RecipientColumnResolver.Resolve("f", ["Name", "Kontakt", "Customer ID"],
            new ColumnMapping { Phone = "kontakt", RecipientId = "customer_id" });

        Assert.Equal((1, 2), (columns.PhoneIndex, columns.RecipientIdIndex));
        Assert.Equal("column 'Kontakt' (mapped)", columns.PhoneChoice);
        Assert.Equal(2, columns.VariableColumn("Customer Id"));
    }

    [Fact]
    public void Resolve_MappedColumnMissing_NamesItAndTheHeaders()
    {
        var error = Assert.Throws<RecipientFileException>(() =>
            RecipientColumnResolver.Resolve("f", ["phone"], new ColumnMapping { RecipientId = "crm id" }));

        Assert.Equal("f: the mapped recipient id column 'crm id' is not in the header; headers seen: 'phone'", error.Message);
    }

    [Fact]
    public void VariableColumn_TwoHeadersWithTheSameAlias_FirstWins()
    {
        var columns = RecipientColumnResolver.Resolve("f", ["phone", "First Name", "first_name"], null);

        Assert.Equal(1, columns.VariableColumn("firstName"));
        Assert.Null(columns.VariableColumn("phone"));
    }
}
