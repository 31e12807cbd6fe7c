using WhatsAppCampaigns.CampaignState.Personalization;
using WhatsAppCampaigns.CampaignState.Recipients.Columns;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.CampaignState.Tests.TestData;

namespace WhatsAppCampaigns.CampaignState.Tests.Personalization;

public sealed class MessagePersonalizerTests
{
    private static readonly RecipientColumns Columns =
        RecipientColumnResolver.Resolve("f", ["Phone", "First Name", "City", "Customer Id"], null);

    private static string[] Row(params string[] cells) => cells;

    [Fact]
    public void Personalize_TextWithValues_FillsThem()
    {
        var personalizer = MessagePersonalizer.Compile(new CampaignMessage { Text = "Hi {{first_name}} from {{ City }}" }, null, Columns);

        var result = personalizer.Personalize(Row("+972501234567", " Dana ", "Haifa", "c1"));

        Assert.Equal("Hi Dana from Haifa", result.Message?.Text);
    }

    [Fact]
    public void Personalize_EmptyCellWithDefault_UsesTheDefault()
    {
        var personalizer = MessagePersonalizer.Compile(new CampaignMessage { Text = "Hi {{first_name}}" },
            new Dictionary<string, string> { ["First Name"] = "friend" }, Columns);

        Assert.Equal("Hi friend", personalizer.Personalize(Row("+972501234567", "  ", "Haifa")).Message?.Text);
    }

    [Fact]
    public void Personalize_EmptyCellWithoutDefault_ReportsMissingAndNoMessage()
    {
        var personalizer = MessagePersonalizer.Compile(new CampaignMessage { Text = "Hi {{first_name}} in {{city}}" }, null, Columns);

        var result = personalizer.Personalize(Row("+972501234567", "", ""));

        Assert.Null(result.Message);
        Assert.Equal(["first_name", "city"], result.MissingVariables);
    }

    [Fact]
    public void Personalize_TemplateParameters_AreFilledAndTheRestKept()
    {
        var message = Snapshots.Full().Message;
        var personalizer = MessagePersonalizer.Compile(message, Snapshots.Full().VariableDefaults, Columns);

        var result = personalizer.Personalize(Row("+972501234567", "Dana", "", "c-77"));

        var template = result.Message!.Template!;
        Assert.Equal(("spring_offer", "he"), (template.Name, template.Language));
        Assert.Equal([new TemplateParameter("Dana"), new TemplateParameter("your city", "city")], template.Components![0].Parameters!);
        Assert.Equal("c/c-77", template.Components[1].Parameters![0].Text);
        Assert.Equal(("button", "url", 0), (template.Components[1].Type, template.Components[1].SubType, template.Components[1].Index));
        Assert.Equal("{{first_name}}", message.Template!.Components![0].Parameters![0].Text); // the campaign's message is untouched
    }

    [Fact]
    public void Personalize_NoVariables_ReturnsTheMessageAsIs()
    {
        var message = new CampaignMessage { Text = "Sale today" };

        var result = MessagePersonalizer.Compile(message, null, Columns).Personalize(Row("+972501234567"));

        Assert.Same(message, result.Message);
    }

    [Fact]
    public void Compile_UnknownVariable_FailsNamingFieldVariableAndWhatExists()
    {
        var message = new CampaignMessage
        {
            Template = new TemplateMessage
            {
                Name = "t", Language = "en",
                Components = [new TemplateComponent { Type = "body", Parameters = [new TemplateParameter("{{frist_name}}")] }],
            },
        };

        var error = Assert.Throws<PersonalizationException>(() =>
            MessagePersonalizer.Compile(message, new Dictionary<string, string> { ["coupon"] = "X" }, Columns));

        Assert.Equal("message.template.components[0].parameters[0].text uses {{frist_name}}: no column or declared default has that name; "
            + "variables from columns: first_name, city, customer_id; declared defaults: coupon; the phone column 'Phone' is not a variable",
            error.Message);
    }

    [Fact]
    public void Personalize_ValueMakesTextTooLong_SaysSoInsteadOfAMessage()
    {
        var personalizer = MessagePersonalizer.Compile(new CampaignMessage { Text = new string('x', 4000) + "{{city}}" }, null, Columns);

        var result = personalizer.Personalize(Row("+972501234567", "Dana", new string('y', 97)));

        Assert.Null(result.Message);
        Assert.Equal("the personalized text is 4,097 characters; WhatsApp allows 4,096", result.TooLong);
    }

    [Fact]
    public void Compile_LiteralTextOverTheLimit_FailsForTheCampaign()
    {
        var error = Assert.Throws<PersonalizationException>(() =>
            MessagePersonalizer.Compile(new CampaignMessage { Text = new string('x', 4097) + "{{city}}" }, null, Columns));

        Assert.Equal("message.text: 4,097 characters before any variable is filled; WhatsApp allows 4,096", error.Message);
    }

    [Fact]
    public void Compile_VariableOnlyInDefaults_IsAllowed()
    {
        var personalizer = MessagePersonalizer.Compile(new CampaignMessage { Text = "Code {{coupon}}" },
            new Dictionary<string, string> { ["coupon"] = "SPRING" }, Columns);

        Assert.Equal("Code SPRING", personalizer.Personalize(Row("+972501234567")).Message?.Text);
    }
}
