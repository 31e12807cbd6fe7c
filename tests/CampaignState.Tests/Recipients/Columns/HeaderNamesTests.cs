using WhatsAppCampaigns.CampaignState.Recipients.Columns;

namespace WhatsAppCampaigns.CampaignState.Tests.Recipients.Columns;

public sealed class HeaderNamesTests
{
    [Theory]
    [InlineData("First Name", "first_name")]
    [InlineData("firstName", "first_name")]
    [InlineData("  E-Mail Address ", "e_mail_address")]
    [InlineData("Teléfono", "telefono")]
    [InlineData("Customer ID #", "customer_id")]
    [InlineData("שם פרטי", "שם_פרטי")]
    [InlineData("\uFEFFphone", "phone")]
    [InlineData("order2Total", "order2_total")]
    [InlineData("***", "")]
    public void SnakeAlias_Headers_GiveTypableNames(string header, string alias) =>
        Assert.Equal(alias, HeaderNames.SnakeAlias(header));

    [Theory]
    [InlineData("Téléphone", "telephone")]
    [InlineData(" MOBILE  NUMBER ", "mobilenumber")]
    [InlineData("phone_number", "phonenumber")]
    [InlineData("ｐｈｏｎｅ", "phone")]
    public void MatchKey_Headers_FoldCaseDiacriticsAndPunctuation(string header, string key) =>
        Assert.Equal(key, HeaderNames.MatchKey(header));
}
