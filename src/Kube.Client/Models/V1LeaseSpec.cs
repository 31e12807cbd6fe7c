using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A lease record.</summary>
public sealed class V1LeaseSpec
{
    /// <summary>Current holder; empty when free.</summary>
    public string? HolderIdentity { get; set; }

    /// <summary>How long candidates wait without a renewal before taking over.</summary>
    public int? LeaseDurationSeconds { get; set; }

    /// <summary>When the holder acquired the lease (MicroTime).</summary>
    [JsonConverter(typeof(MicroTimeConverter))]
    public DateTime? AcquireTime { get; set; }

    /// <summary>When the holder last renewed (MicroTime).</summary>
    [JsonConverter(typeof(MicroTimeConverter))]
    public DateTime? RenewTime { get; set; }

    /// <summary>Number of holder changes.</summary>
    public int? LeaseTransitions { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
