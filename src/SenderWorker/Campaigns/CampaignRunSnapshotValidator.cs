using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.SenderWorker.Campaigns;

/// <summary>Checks the fields a snapshot must have before any recipient is read; pure.</summary>
public static class CampaignRunSnapshotValidator
{
    /// <summary>Returns one message per problem, each naming its field; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(CampaignRunSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var errors = new List<string>();
        Require(errors, snapshot.Namespace, "namespace");
        Require(errors, snapshot.Campaign, "campaign");
        Require(errors, snapshot.Session, "session");
        ValidateSource(errors, snapshot.Recipients);
        ValidateMessage(errors, snapshot.Message);
        ValidateDelivery(errors, snapshot.Delivery);
        // The run id names Redis keys and may be part of callback data: no hash-tag braces, no ';'.
        if (snapshot.RunId is { } run && (run.Length is 0 or > 128 || !run.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
            errors.Add($"runId: '{Cut(run)}' must be 1 to 128 letters, digits, '.', '-' or '_'");
        return errors;
    }

    private static void ValidateDelivery(List<string> errors, DeliverySettings? delivery)
    {
        if (delivery is null) return;
        if (delivery.Rate is { } rate)
        {
            if (!(rate.MessagesPerSecond > 0) || double.IsInfinity(rate.MessagesPerSecond))
                errors.Add("delivery.rate.messagesPerSecond must be > 0");
            if (rate.Burst is < 1)
                errors.Add("delivery.rate.burst must be >= 1");
        }
        if (delivery.JitterMilliseconds is < 0)
            errors.Add("delivery.jitterMilliseconds must be >= 0");
        if (delivery.Retry is { } retry)
        {
            if (retry.InitialBackoffMilliseconds is < 1)
                errors.Add("delivery.retry.initialBackoffMilliseconds must be > 0");
            if (retry.MaxBackoffMilliseconds is < 1)
                errors.Add("delivery.retry.maxBackoffMilliseconds must be > 0");
            if (retry.InitialBackoffMilliseconds is { } initial && retry.MaxBackoffMilliseconds is { } max && max < initial)
                errors.Add("delivery.retry.maxBackoffMilliseconds must be >= delivery.retry.initialBackoffMilliseconds");
            if (retry.MaxAttempts is < 1 or > 100)
                errors.Add("delivery.retry.maxAttempts must be between 1 and 100");
        }
        if (delivery.Guarantee is { } guarantee && !Enum.IsDefined(guarantee))
            errors.Add("delivery.guarantee must be AtMostOnce or AtLeastOnce");
        if (delivery.DedupeScope is { } scope && !Enum.IsDefined(scope))
            errors.Add("delivery.dedupeScope must be Run, Campaign or Session");
    }

    private static string Cut(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static void ValidateSource(List<string> errors, RecipientsSource? source)
    {
        if (source is null)
        {
            errors.Add("recipients: required");
            return;
        }
        var set = new List<string>();
        if (source.Inline is not null) set.Add("inline");
        if (source.ConfigMap is not null) set.Add("configMap");
        if (source.Secret is not null) set.Add("secret");
        if (source.Url is not null) set.Add("url");
        if (set.Count != 1)
        {
            errors.Add("recipients: exactly one of inline, configMap, secret, url must be set"
                + (set.Count == 0 ? " (none is)" : $" (found {string.Join(", ", set)})"));
        }
        CheckKey(errors, source.ConfigMap, "recipients.configMap");
        CheckKey(errors, source.Secret, "recipients.secret");
        if (source.Url is { } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add("recipients.url: must be an absolute http or https URL");
        }
        if (source.DefaultRegion is { } region && (region.Length != 2 || !region.All(char.IsAsciiLetter)))
            errors.Add($"recipients.defaultRegion: '{region}' is not a two-letter ISO 3166 region code");
        if (source.Encoding is { } encoding && !Recipients.Text.TextEncodings.TryGet(encoding, out _))
            errors.Add($"recipients.encoding: unknown encoding '{encoding}'");
    }

    private static void CheckKey(List<string> errors, KeyReference? reference, string field)
    {
        if (reference is null) return;
        Require(errors, reference.Name, field + ".name");
        Require(errors, reference.Key, field + ".key");
    }

    private static void ValidateMessage(List<string> errors, CampaignMessage? message)
    {
        if (message is null)
        {
            errors.Add("message: required");
            return;
        }
        if ((message.Text is null) == (message.Template is null))
            errors.Add("message: exactly one of text, template must be set");
        if (message.Text is { } text && string.IsNullOrWhiteSpace(text))
            errors.Add("message.text: must not be empty");
        if (message.Template is { } template)
        {
            Require(errors, template.Name, "message.template.name");
            Require(errors, template.Language, "message.template.language");
            for (var i = 0; i < (template.Components?.Count ?? 0); i++)
                Require(errors, template.Components![i].Type, $"message.template.components[{i}].type");
        }
    }

    private static void Require(List<string> errors, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add($"{field}: required");
    }
}
