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
        return errors;
    }

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
