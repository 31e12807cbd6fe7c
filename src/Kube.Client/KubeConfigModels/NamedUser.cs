using YamlDotNet.Serialization;

namespace Kube.Client.KubeConfigModels;

/// <summary>A <c>users[]</c> entry of a kubeconfig.</summary>
internal sealed class NamedUser
{
    [YamlMember(Alias = "name")]
    public string? Name { get; set; }

    [YamlMember(Alias = "user")]
    public UserCredentials? User { get; set; }

    [YamlIgnore]
    public string? Directory { get; set; }
}
