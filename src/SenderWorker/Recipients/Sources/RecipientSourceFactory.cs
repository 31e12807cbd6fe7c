using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Sources;

/// <summary>Builds the source a snapshot names.</summary>
/// <param name="kubernetes">Reads ConfigMap and Secret keys.</param>
/// <param name="http">Downloads URL sources.</param>
/// <param name="time">The clock download deadlines run on.</param>
/// <param name="downloadTimeout">Deadline for a whole URL download.</param>
/// <param name="limits">Byte cap for downloads.</param>
public sealed class RecipientSourceFactory(IKubernetesObjectReader kubernetes, HttpClient http, TimeProvider time,
    TimeSpan downloadTimeout, RecipientReaderLimits limits)
{
    /// <summary>The source for <paramref name="snapshot"/>'s recipients (validated: exactly one is set).</summary>
    public IRecipientSource Create(CampaignRunSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var source = snapshot.Recipients;
        if (source.Inline is { } lines) return new InlineRecipientSource(lines);
        if (source.ConfigMap is { } configMap)
            return new KubernetesKeyRecipientSource(kubernetes, snapshot.Namespace, configMap.Name, configMap.Key, secret: false);
        if (source.Secret is { } secret)
            return new KubernetesKeyRecipientSource(kubernetes, snapshot.Namespace, secret.Name, secret.Key, secret: true);
        if (source.Url is { } url)
            return new UrlRecipientSource(http, new Uri(url, UriKind.Absolute), downloadTimeout, limits.MaxFileBytes, time);
        throw new CampaignSnapshotException("recipients: exactly one of inline, configMap, secret, url must be set (none is)");
    }
}
