using YamlDotNet.Serialization;

namespace Kube.Client.KubeConfigModels;

/// <summary>A kubeconfig file as written on disk (the subset this client reads).</summary>
internal sealed class K8SConfiguration
{
    [YamlMember(Alias = "current-context")]
    public string? CurrentContext { get; set; }

    [YamlMember(Alias = "clusters")]
    public List<NamedCluster>? Clusters { get; set; }

    [YamlMember(Alias = "users")]
    public List<NamedUser>? Users { get; set; }

    [YamlMember(Alias = "contexts")]
    public List<NamedContext>? Contexts { get; set; }

    /// <summary>Directory of the file, against which relative paths resolve; not part of the YAML.</summary>
    [YamlIgnore]
    public string? Directory { get; set; }

    /// <summary>Path the file was read from; not part of the YAML.</summary>
    [YamlIgnore]
    public string? FileName { get; set; }
}
