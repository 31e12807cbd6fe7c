using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Reconciliation;

namespace WhatsAppCampaigns.Operator.Tests.Reconciliation;

public sealed class SpecValidatorTests
{
    public static TheoryData<string, string> InvalidSpecs => new()
    {
        { "no-recipients", "spec.recipients" },
        { "two-sources", "spec.recipients" },
        { "no-message", "spec.message" },
        { "text-and-template", "spec.message" },
        { "startat-and-cron", "spec.schedule" },
        { "bad-cron", "spec.schedule.cron" },
        { "bad-zone", "spec.schedule.timeZone" },
        { "empty-window", "spec.schedule.window" },
        { "unclosed-variable", "spec.message.text" },
        { "backoff-order", "spec.delivery.retry" },
        { "inline-xlsx", "spec.recipients.format" },
    };

    [Theory]
    [MemberData(nameof(InvalidSpecs))]
    public void Validate_InvalidSpec_NamesTheField(string variant, string field)
    {
        var spec = Invalid(variant).Spec;
        var violation = Assert.Single(SpecValidator.Validate(spec));
        Assert.Equal(field, violation.Field);
        Assert.StartsWith(field + ":", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidSpec_NoViolations() => Assert.Empty(SpecValidator.Validate(Campaigns.Valid().Spec));

    /// <summary>A campaign broken one way; shared with the end-to-end invalid-spec test.</summary>
    internal static V1WhatsAppCampaign Invalid(string variant, string ns = "shop")
    {
        var c = Campaigns.Valid(variant, ns);
        var s = c.Spec;
        switch (variant)
        {
            case "no-recipients": s.Recipients = new V1WhatsAppCampaign.RecipientsSpec(); break;
            case "two-sources": s.Recipients.Url = "https://example.com/list.csv"; break;
            case "no-message": s.Message = new V1WhatsAppCampaign.MessageSpec(); break;
            case "text-and-template": s.Message.Template = new V1WhatsAppCampaign.TemplateSpec { Name = "hello_world", Language = "en_US" }; break;
            case "startat-and-cron": s.Schedule = new V1WhatsAppCampaign.ScheduleSpec { Cron = "0 9 * * *", StartAt = DateTime.UtcNow }; break;
            case "bad-cron": s.Schedule = new V1WhatsAppCampaign.ScheduleSpec { Cron = "0 9 * * 8-9" }; break;
            case "bad-zone": s.Schedule = new V1WhatsAppCampaign.ScheduleSpec { TimeZone = "Mars/Olympus" }; break;
            case "empty-window": s.Schedule = new V1WhatsAppCampaign.ScheduleSpec { Window = new V1WhatsAppCampaign.SendWindow { Start = "09:00", End = "09:00" } }; break;
            case "unclosed-variable": s.Message.Text = "Hi {{name"; break;
            case "backoff-order": s.Delivery = new V1WhatsAppCampaign.DeliverySpec { Retry = new V1WhatsAppCampaign.RetrySpec { InitialBackoff = "5m", MaxBackoff = "1s" } }; break;
            case "inline-xlsx":
                s.Recipients = new V1WhatsAppCampaign.RecipientsSpec { Inline = [new V1WhatsAppCampaign.InlineRecipient { Phone = "+4915112340000" }], Format = V1WhatsAppCampaign.RecipientFormat.Xlsx };
                break;
            default: throw new ArgumentException(variant);
        }
        return c;
    }
}
