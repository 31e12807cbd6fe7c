using WhatsAppCampaigns.CampaignState.Personalization;

namespace WhatsAppCampaigns.CampaignState.Tests.Personalization;

public sealed class TextTemplateTests
{
    private static string Render(string text) =>
        TextTemplate.Parse(text, "message.text").Render(key => $"<{key}>");

    [Theory]
    [InlineData("Hi {{name}}!", "Hi <name>!")]
    [InlineData("Hi {{ First Name }}", "Hi <first_name>")]
    [InlineData("{{a}}{{b}}", "<a><b>")]
    [InlineData("no variables", "no variables")]
    [InlineData("", "")]
    [InlineData("literal \\{{name}} here", "literal {{name}} here")]
    [InlineData("a \\ backslash and }} alone", "a \\ backslash and }} alone")]
    [InlineData("price: {{price}}}", "price: <price>}")]
    public void Render_Texts_ReplaceVariablesByTheRules(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Fact]
    public void Render_ValueContainingBraces_IsNotExpandedAgain() =>
        Assert.Equal("Hi {{name}}", TextTemplate.Parse("Hi {{x}}", "f").Render(_ => "{{name}}"));

    [Theory]
    [InlineData("Hi {{name", "message.text: '{{' at character 4 is never closed with '}}' (write \\{{ for a literal '{{')")]
    [InlineData("Hi {{ }}", "message.text: '{{ }}' at character 4 is not a variable name (write \\{{ for a literal '{{')")]
    [InlineData("{{{x}}}", "message.text: '{{{x}}' at character 1 is not a variable name (write \\{{ for a literal '{{')")]
    [InlineData("{{!!}}", "message.text: '{{!!}}' at character 1 is not a variable name (write \\{{ for a literal '{{')")]
    public void Parse_MalformedPlaceholder_FailsNamingFieldAndPosition(string text, string message) =>
        Assert.Equal(message, Assert.Throws<PersonalizationException>(() => TextTemplate.Parse(text, "message.text")).Message);
}
