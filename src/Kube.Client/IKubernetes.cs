namespace Kube.Client;

/// <summary>
/// The low-level API connection. KubernetesClient's interface of the same name carries one method per
/// API operation; this one carries only what callers here need, the operations live on
/// <see cref="KubernetesClient.IKubernetesClient"/> and <see cref="GenericClient"/>.
/// </summary>
public interface IKubernetes : IDisposable
{
    /// <summary>Base URL of the API server.</summary>
    Uri BaseUri { get; }
}
