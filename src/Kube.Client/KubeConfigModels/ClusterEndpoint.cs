using YamlDotNet.Serialization;

namespace Kube.Client.KubeConfigModels;

/// <summary>How to reach and trust one API server.</summary>
internal sealed class ClusterEndpoint
{
    [YamlMember(Alias = "server")]
    public string? Server { get; set; }

    [YamlMember(Alias = "certificate-authority-data")]
    public string? CertificateAuthorityData { get; set; }

    [YamlMember(Alias = "certificate-authority")]
    public string? CertificateAuthority { get; set; }

    [YamlMember(Alias = "insecure-skip-tls-verify")]
    public bool SkipTlsVerify { get; set; }

    [YamlMember(Alias = "tls-server-name")]
    public string? TlsServerName { get; set; }
}
