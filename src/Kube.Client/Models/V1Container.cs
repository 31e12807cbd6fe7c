using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A container (the fields this project uses; others are kept as extension data).</summary>
public sealed class V1Container
{
    /// <summary>Container name.</summary>
    public string? Name { get; set; }

    /// <summary>Image reference.</summary>
    public string? Image { get; set; }

    /// <summary>Entrypoint.</summary>
    public IList<string>? Command { get; set; }

    /// <summary>Arguments.</summary>
    public IList<string>? Args { get; set; }

    /// <summary>Environment variables.</summary>
    public IList<V1EnvVar>? Env { get; set; }

    /// <summary><c>Always</c>, <c>IfNotPresent</c> or <c>Never</c>.</summary>
    public string? ImagePullPolicy { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
