using YamlDotNet.Serialization;

namespace Kube.Client.KubeConfigModels;

/// <summary>A <c>clusters[]</c> entry of a kubeconfig.</summary>
internal sealed class NamedCluster
{
    [YamlMember(Alias = "name")]
    public string? Name { get; set; }

    [YamlMember(Alias = "cluster")]
    public ClusterEndpoint? Cluster { get; set; }

    [YamlIgnore]
    public string? Directory { get; set; }
}
