using WhatsAppCampaigns.Operator.Reconciliation;

namespace WhatsAppCampaigns.Operator.Tests.Reconciliation;

/// <summary>The header check reads a file's columns with the sender's own rules (CampaignState).</summary>
public sealed class HeaderCheckTests
{
    private const string Field = "spec.recipients.configMapKeyRef";

    [Theory]
    [InlineData("phone,name\n+972501234567,Dana\n")]
    [InlineData("phone;name\n+972501234567;Dana\n")]
    [InlineData("phone\tname\n+972501234567\tDana\n")]
    [InlineData("phone|name\n+972501234567|Dana\n")]                  // '|' is one of the sender's delimiters too
    [InlineData("\uFEFFMobile Number,Name\n+972501234567,Dana\n")]
    public void Check_HeaderWithPhoneAndVariableColumns_Passes(string content) =>
        Assert.Null(HeaderCheck.Check(Campaigns.Valid().Spec, "list.csv", content, Field));

    [Fact]
    public void Check_DelimiterChosenByEveryLine_NotByTheHeaderAlone()
    {
        // The header has more commas than semicolons, but only ';' splits every line alike: the sender
        // reads 'phone' and 'name, first' as columns, so {{name}} is not a column there either.
        var content = "phone;name, first, middle\n+972501234567;Dana\n+972501234568;Noa\n";
        var violation = HeaderCheck.Check(Campaigns.Valid().Spec, "list.csv", content, Field);
        Assert.Equal("TemplateVariableUnresolvable", violation?.Reason);
    }

    [Fact]
    public void Check_NoPhoneColumn_NamesTheColumnsSeen()
    {
        var violation = HeaderCheck.Check(Campaigns.Valid().Spec, "list.csv", "email,name\na@b.c,Dana\n", Field);
        Assert.Equal(("RecipientColumnsInvalid", Field), (violation?.Reason, violation?.Field));
        Assert.Contains("'email', 'name'", violation!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_VariableWithoutColumnOrDefault_IsUnresolvable()
    {
        var violation = HeaderCheck.Check(Campaigns.Valid().Spec, "list.csv", "phone,city\n+972501234567,Haifa\n", Field);
        Assert.Equal(("TemplateVariableUnresolvable", "spec.message.text"), (violation?.Reason, violation?.Field));
    }
}
