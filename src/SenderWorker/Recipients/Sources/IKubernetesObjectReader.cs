namespace WhatsAppCampaigns.SenderWorker.Recipients.Sources;

/// <summary>
/// The sender's seam to the Kubernetes API for recipient files: reads one key of a ConfigMap
/// (<c>data</c> as UTF-8, or <c>binaryData</c>) or of a Secret (base64-decoded). The Kubernetes
/// client project plugs in behind it later. Streams, not byte arrays: a mounted key is read as it
/// is parsed, so memory does not grow with the list.
/// </summary>
public interface IKubernetesObjectReader
{
    /// <summary>Opens the bytes of a ConfigMap key (the caller disposes); null when the ConfigMap or the key does not exist.</summary>
    Task<Stream?> OpenConfigMapKeyAsync(string @namespace, string name, string key, CancellationToken cancellationToken);

    /// <summary>Opens the decoded bytes of a Secret key (the caller disposes); null when the Secret or the key does not exist.</summary>
    Task<Stream?> OpenSecretKeyAsync(string @namespace, string name, string key, CancellationToken cancellationToken);
}
