using YamlDotNet.Serialization;

namespace Kube.Client.KubeConfigModels;

/// <summary>A <c>contexts[]</c> entry of a kubeconfig.</summary>
internal sealed class NamedContext
{
    [YamlMember(Alias = "name")]
    public string? Name { get; set; }

    [YamlMember(Alias = "context")]
    public ContextDetails? Context { get; set; }
}
