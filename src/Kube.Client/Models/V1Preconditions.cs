using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Conditions a delete must meet.</summary>
public sealed class V1Preconditions
{
    /// <summary>Delete only if the stored resourceVersion equals this.</summary>
    public string? ResourceVersion { get; set; }

    /// <summary>Delete only if the stored uid equals this.</summary>
    public string? Uid { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
