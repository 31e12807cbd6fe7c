using WhatsAppCampaigns.CampaignState.Recipients;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Sources;

/// <summary>A recipients file held in a ConfigMap or Secret key of the campaign's namespace.</summary>
public sealed class KubernetesKeyRecipientSource : IRecipientSource
{
    private readonly IKubernetesObjectReader _reader;
    private readonly string _namespace;
    private readonly string _name;
    private readonly string _key;
    private readonly bool _secret;

    /// <summary>Creates the source.</summary>
    /// <param name="reader">Reads keys from the API.</param>
    /// <param name="namespace">The campaign's namespace.</param>
    /// <param name="name">The ConfigMap or Secret name.</param>
    /// <param name="key">The data key (its extension hints at the format).</param>
    /// <param name="secret">True for a Secret, false for a ConfigMap.</param>
    public KubernetesKeyRecipientSource(IKubernetesObjectReader reader, string @namespace, string name, string key, bool secret)
    {
        _reader = reader;
        _namespace = @namespace;
        _name = name;
        _key = key;
        _secret = secret;
    }

    /// <inheritdoc/>
    public string DisplayName => $"{(_secret ? "Secret" : "ConfigMap")} {_namespace}/{_name} key '{_key}'";

    /// <inheritdoc/>
    public async Task<RecipientSourceStream> OpenAsync(CancellationToken cancellationToken)
    {
        var stream = _secret
            ? await _reader.OpenSecretKeyAsync(_namespace, _name, _key, cancellationToken)
            : await _reader.OpenConfigMapKeyAsync(_namespace, _name, _key, cancellationToken);
        if (stream is null)
            throw new RecipientFileException(DisplayName, $"not found (no {(_secret ? "Secret" : "ConfigMap")} '{_name}' in namespace '{_namespace}', or it has no key '{_key}')");
        return new RecipientSourceStream(stream, DisplayName, _key);
    }
}
