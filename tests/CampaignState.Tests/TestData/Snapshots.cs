using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.CampaignState.Tests.TestData;

/// <summary>Run snapshots for tests; start from <see cref="Valid"/> and change what the test is about.</summary>
public static class Snapshots
{
    public static CampaignRunSnapshot Valid() => new()
    {
        Namespace = "shop",
        Campaign = "spring-sale",
        RunId = "spring-sale-29001234",
        Session = "main-number",
        Recipients = new RecipientsSource
        {
            ConfigMap = new KeyReference("contacts", "list.csv"),
            DefaultRegion = "IL",
        },
        Message = new CampaignMessage { Text = "Hi {{name}}, spring sale!" },
    };

    public static CampaignRunSnapshot Full() => Valid() with
    {
        Recipients = new RecipientsSource
        {
            Url = "https://files.example.com/lists/spring.xlsx",
            Format = RecipientFileFormat.Xlsx,
            DefaultRegion = "IL",
            Columns = new ColumnMapping { Phone = "Mobile", RecipientId = "Customer Id" },
            Encoding = "windows-1255",
        },
        Message = new CampaignMessage
        {
            Template = new TemplateMessage
            {
                Name = "spring_offer",
                Language = "he",
                Components =
                [
                    new TemplateComponent
                    {
                        Type = "body",
                        Parameters = [new TemplateParameter("{{first_name}}"), new TemplateParameter("{{city}}", "city")],
                    },
                    new TemplateComponent
                    {
                        Type = "button", SubType = "url", Index = 0,
                        Parameters = [new TemplateParameter("c/{{customer_id}}")],
                    },
                ],
            },
        },
        VariableDefaults = new Dictionary<string, string> { ["city"] = "your city", ["first_name"] = "friend" },
    };

    public static CampaignRunSnapshot WithInline(string format, params string[] lines) => Valid() with
    {
        Recipients = new RecipientsSource
        {
            Inline = lines,
            Format = Enum.Parse<RecipientFileFormat>(format, ignoreCase: true),
            DefaultRegion = "IL",
        },
    };
}
