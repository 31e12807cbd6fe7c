namespace WhatsAppCampaigns.SenderWorker.Hosting;

/// <summary>
/// Where ConfigMap and Secret sources are read from. The operator mounts them into the Job
/// (<c>{Directory}/configmaps/{namespace}/{name}/{key}</c>, <c>…/secrets/…</c>), which spares the
/// sender Kubernetes API credentials.
/// </summary>
public sealed class KubernetesObjectsOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "KubernetesObjects";

    /// <summary>The mount root; unset means ConfigMap/Secret sources are reported missing.</summary>
    public string? Directory { get; set; }
}
