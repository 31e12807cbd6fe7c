using YamlDotNet.Serialization;

namespace Kube.Client.KubeConfigModels;

/// <summary>Which cluster and user a context combines, and its default namespace.</summary>
internal sealed class ContextDetails
{
    [YamlMember(Alias = "cluster")]
    public string? Cluster { get; set; }

    [YamlMember(Alias = "user")]
    public string? User { get; set; }

    [YamlMember(Alias = "namespace")]
    public string? Namespace { get; set; }
}
