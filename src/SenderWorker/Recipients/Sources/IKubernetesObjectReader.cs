namespace WhatsAppCampaigns.SenderWorker.Recipients.Sources;

/// <summary>
/// The sender's seam to the Kubernetes API for recipient files: reads one key of a ConfigMap
/// (<c>data</c> as UTF-8, or <c>binaryData</c>) or of a Secret (base64-decoded). The Kubernetes
/// client project plugs in behind it later.
/// </summary>
public interface IKubernetesObjectReader
{
    /// <summary>The bytes of a ConfigMap key; null when the ConfigMap or the key does not exist.</summary>
    Task<byte[]?> ReadConfigMapKeyAsync(string @namespace, string name, string key, CancellationToken cancellationToken);

    /// <summary>The decoded bytes of a Secret key; null when the Secret or the key does not exist.</summary>
    Task<byte[]?> ReadSecretKeyAsync(string @namespace, string name, string key, CancellationToken cancellationToken);
}
