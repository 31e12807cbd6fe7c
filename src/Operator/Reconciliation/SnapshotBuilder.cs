using System.Text;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Scheduling;
using Spec = WhatsAppCampaigns.Operator.Entities.V1WhatsAppCampaign;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// The sender's <see cref="CampaignRunSnapshot"/> (the SenderWorker's own type, so the two can
/// never drift) from a campaign spec. Inline recipients become CSV lines with a header of
/// <c>phone</c>, <c>recipient_id</c> and their variables. The delivery settings (rate with the
/// session's folded in, retries, guarantee, dedupe scope) travel in the snapshot too: it is the
/// run's whole contract, the Job's environment only says where things are. Pure.
/// </summary>
public static class SnapshotBuilder
{
    private static readonly string[] FixedHeaders = ["phone", "recipient_id"];

    /// <summary>Builds the snapshot of one run.</summary>
    /// <param name="campaign">The campaign as it is now.</param>
    /// <param name="session">Its session (its rate caps the campaign's); null leaves the campaign's rate alone.</param>
    /// <param name="runId">The run id.</param>
    public static CampaignRunSnapshot Build(V1WhatsAppCampaign campaign, V1WhatsAppSession? session, string runId)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var spec = campaign.Spec;
        return new CampaignRunSnapshot
        {
            Namespace = campaign.Metadata.NamespaceProperty ?? "default",
            Campaign = campaign.Metadata.Name ?? "",
            RunId = runId,
            Session = spec.SessionRef.Name,
            Recipients = Recipients(spec.Recipients),
            Message = Message(spec.Message),
            VariableDefaults = spec.Message.VariableDefaults is { Count: > 0 } d ? new Dictionary<string, string>(d) : null,
            Delivery = Delivery(spec.Delivery, session?.Spec.Rate),
        };
    }

    /// <summary>
    /// The snapshot's delivery settings: the effective rate (<see cref="SenderJobBuilder.EffectiveRate"/>),
    /// the retry durations in milliseconds, guarantee and dedupe scope as the spec names them;
    /// null when neither the campaign nor the session says anything (the sender's defaults apply).
    /// </summary>
    public static DeliverySettings? Delivery(Spec.DeliverySpec? delivery, RateSpec? sessionRate)
    {
        var rate = SenderJobBuilder.EffectiveRate(delivery?.Rate, sessionRate);
        if (delivery is null && rate is null) return null;
        var retry = delivery?.Retry;
        return new DeliverySettings
        {
            Rate = rate is null ? null : new SendRate { MessagesPerSecond = rate.MessagesPerSecond, Burst = rate.Burst },
            Retry = retry is null ? null : new RetrySettings
            {
                InitialBackoffMilliseconds = Milliseconds(retry.InitialBackoff),
                MaxBackoffMilliseconds = Milliseconds(retry.MaxBackoff),
                MaxAttempts = retry.MaxAttempts,
            },
            Guarantee = delivery?.Guarantee switch
            {
                Spec.DeliveryGuarantee.AtLeastOnce => DeliveryPolicy.AtLeastOnce,
                Spec.DeliveryGuarantee.AtMostOnce => DeliveryPolicy.AtMostOnce,
                _ => null,
            },
            DedupeScope = delivery?.DedupeScope switch
            {
                Spec.DedupeScope.Run => DedupeScope.Run,
                Spec.DedupeScope.Campaign => DedupeScope.Campaign,
                Spec.DedupeScope.Session => DedupeScope.Session,
                _ => null,
            },
        };
    }

    // The spec's Go durations ("1s", "1m30s") as milliseconds; the validator has already refused bad ones.
    private static long? Milliseconds(string? duration) =>
        GoDuration.TryParse(duration, out var value) ? (long)value.TotalMilliseconds : null;

    /// <summary>The message part (also used to check variables against a file's header).</summary>
    public static CampaignMessage Message(Spec.MessageSpec message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new CampaignMessage
        {
            Text = message.Text,
            Template = message.Template is { } t
                ? new TemplateMessage
                {
                    Name = t.Name,
                    Language = t.Language,
                    Components = t.Parameters is { Count: > 0 } p
                        ? [new TemplateComponent { Type = "body", Parameters = [.. p.Select(x => new TemplateParameter(x))] }]
                        : null,
                }
                : null,
        };
    }

    private static RecipientsSource Recipients(Spec.RecipientsSpec r) => new()
    {
        Inline = r.Inline is { Count: > 0 } inline ? InlineCsv(inline) : null,
        ConfigMap = r.ConfigMapKeyRef is { } cm ? new KeyReference(cm.Name, cm.Key) : null,
        Secret = r.SecretKeyRef is { } s ? new KeyReference(s.Name, s.Key) : null,
        Url = r.Url,
        Format = r.Inline is { Count: > 0 } ? RecipientFileFormat.Csv : Format(r.Format),
        DefaultRegion = r.DefaultRegion,
        Encoding = r.Inline is { Count: > 0 } ? null : r.Encoding,
        Columns = r.Inline is { Count: > 0 }
            ? new ColumnMapping { Phone = "phone", RecipientId = r.Inline.Any(i => i.RecipientId is not null) ? "recipient_id" : null }
            : r.Columns is { } c ? new ColumnMapping { Phone = c.Phone, RecipientId = c.RecipientId } : null,
    };

    private static RecipientFileFormat Format(Spec.RecipientFormat? format) => format switch
    {
        Spec.RecipientFormat.Csv => RecipientFileFormat.Csv,
        Spec.RecipientFormat.Tsv => RecipientFileFormat.Tsv,
        Spec.RecipientFormat.Txt => RecipientFileFormat.Txt,
        Spec.RecipientFormat.Xlsx => RecipientFileFormat.Xlsx,
        _ => RecipientFileFormat.Auto,
    };

    /// <summary>Inline recipients as CSV lines (header first).</summary>
    public static IReadOnlyList<string> InlineCsv(IList<Spec.InlineRecipient> inline)
    {
        ArgumentNullException.ThrowIfNull(inline);
        var variables = inline.SelectMany(i => i.Variables?.Keys ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var lines = new List<string>(inline.Count + 1) { string.Join(',', FixedHeaders.Concat(variables).Select(Csv)) };
        foreach (var r in inline)
        {
            var cells = new List<string> { r.Phone, r.RecipientId ?? "" };
            cells.AddRange(variables.Select(v => r.Variables is { } vars && vars.TryGetValue(v, out var value) ? value : ""));
            lines.Add(string.Join(',', cells.Select(Csv)));
        }
        return lines;
    }

    private static string Csv(string value)
    {
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0) return value;
        var b = new StringBuilder(value.Length + 2).Append('"');
        foreach (var ch in value) b.Append(ch == '"' ? "\"\"" : ch.ToString());
        return b.Append('"').ToString();
    }
}
