using WhatsAppCampaigns.CampaignState.Personalization;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Scheduling;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// Checks a campaign spec needs no cluster for: one-ofs, schedule, zone, window, durations and
/// <c>{{variable}}</c> syntax. The schema already rejected wrong types and values. Pure.
/// </summary>
public static class SpecValidator
{
    /// <summary>Every problem found, each naming its field; empty when the spec is valid.</summary>
    public static IReadOnlyList<Violation> Validate(V1WhatsAppCampaign.CampaignSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var found = new List<Violation>();
        Recipients(spec.Recipients, found);
        Message(spec.Message, found);
        Schedule(spec.Schedule, found);
        Delivery(spec.Delivery, found);
        return found;
    }

    private static void Recipients(V1WhatsAppCampaign.RecipientsSpec r, List<Violation> found)
    {
        var set = new List<string>();
        if (r.Inline is { Count: > 0 }) set.Add("inline");
        if (r.ConfigMapKeyRef is not null) set.Add("configMapKeyRef");
        if (r.SecretKeyRef is not null) set.Add("secretKeyRef");
        if (r.Url is not null) set.Add("url");
        if (set.Count != 1)
        {
            found.Add(new Violation("spec.recipients", "InvalidRecipients",
                set.Count == 0 ? "exactly one of inline, configMapKeyRef, secretKeyRef or url must be set (none is)"
                    : $"exactly one of inline, configMapKeyRef, secretKeyRef or url must be set (found {string.Join(", ", set)})"));
        }
        if (r.Inline is { Count: > 0 } && r.Format is V1WhatsAppCampaign.RecipientFormat.Xlsx)
            found.Add(new Violation("spec.recipients.format", "InvalidRecipients", "inline recipients cannot be xlsx"));
        if (r.Inline is { Count: > 0 } inline && inline.Any(i => string.IsNullOrWhiteSpace(i.Phone)))
            found.Add(new Violation("spec.recipients.inline", "InvalidRecipients", "every inline recipient needs a phone"));
    }

    private static void Message(V1WhatsAppCampaign.MessageSpec m, List<Violation> found)
    {
        if ((m.Text is null) == (m.Template is null))
        {
            found.Add(new Violation("spec.message", "InvalidMessage",
                m.Text is null ? "exactly one of text or template must be set (none is)" : "exactly one of text or template must be set (both are)"));
            return;
        }
        if (m.Text is { } text) Syntax(text, "spec.message.text", found);
        var parameters = m.Template?.Parameters ?? [];
        for (var i = 0; i < parameters.Count; i++) Syntax(parameters[i], $"spec.message.template.parameters[{i}]", found);
    }

    private static void Syntax(string text, string field, List<Violation> found)
    {
        try
        {
            _ = TextTemplate.Parse(text, field);
        }
        catch (PersonalizationException ex)
        {
            found.Add(new Violation(field, "InvalidTemplateVariable", ex.Message));
        }
    }

    private static void Schedule(V1WhatsAppCampaign.ScheduleSpec? s, List<Violation> found)
    {
        if (s is null) return;
        if (s.Cron is not null && s.StartAt is not null)
            found.Add(new Violation("spec.schedule", "InvalidSchedule", "startAt and cron are exclusive; set one"));
        if (s.Cron is { } cron && !CronSchedule.TryParse(cron, out _, out var error))
            found.Add(new Violation("spec.schedule.cron", "InvalidSchedule", error));
        if (!WallClock.TryFindZone(s.TimeZone, out _))
            found.Add(new Violation("spec.schedule.timeZone", "InvalidTimeZone", $"'{s.TimeZone}' is not a known IANA time zone (e.g. Europe/Berlin)"));
        if (s.Window is { } w)
        {
            if (!SendWindow.TryTime(w.Start, out var start))
                found.Add(new Violation("spec.schedule.window.start", "InvalidWindow", $"'{w.Start}' is not HH:MM"));
            else if (!SendWindow.TryTime(w.End, out var end))
                found.Add(new Violation("spec.schedule.window.end", "InvalidWindow", $"'{w.End}' is not HH:MM"));
            else if (start == end)
                found.Add(new Violation("spec.schedule.window", "InvalidWindow", $"start and end are both {w.Start}: the window is never open"));
        }
    }

    private static void Delivery(V1WhatsAppCampaign.DeliverySpec? d, List<Violation> found)
    {
        if (d?.Retry is not { } retry) return;
        var initialOk = retry.InitialBackoff is null || GoDuration.TryParse(retry.InitialBackoff, out _);
        var maxOk = retry.MaxBackoff is null || GoDuration.TryParse(retry.MaxBackoff, out _);
        if (!initialOk) found.Add(new Violation("spec.delivery.retry.initialBackoff", "InvalidRetry", $"'{retry.InitialBackoff}' is not a duration such as 1s"));
        if (!maxOk) found.Add(new Violation("spec.delivery.retry.maxBackoff", "InvalidRetry", $"'{retry.MaxBackoff}' is not a duration such as 5m"));
        if (initialOk && maxOk && GoDuration.TryParse(retry.InitialBackoff, out var initial) && GoDuration.TryParse(retry.MaxBackoff, out var max)
            && initial > max)
            found.Add(new Violation("spec.delivery.retry", "InvalidRetry", $"initialBackoff {retry.InitialBackoff} exceeds maxBackoff {retry.MaxBackoff}"));
    }
}
