using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A core/v1 Event.</summary>
[KubernetesEntity(Group = "", ApiVersion = "v1", Kind = "Event", PluralName = "events")]
public sealed class Corev1Event : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The group/version of the schema; <c>v1</c>.</summary>
    public string? ApiVersion { get; set; } = "v1";

    /// <summary>The kind; <c>Event</c>.</summary>
    public string? Kind { get; set; } = "Event";

    /// <summary>Standard object metadata.</summary>
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>The object this event is about.</summary>
    public V1ObjectReference? InvolvedObject { get; set; }

    /// <summary>Machine-readable reason.</summary>
    public string? Reason { get; set; }

    /// <summary>Human-readable description.</summary>
    public string? Message { get; set; }

    /// <summary><c>Normal</c> or <c>Warning</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Reporting component.</summary>
    public V1EventSource? Source { get; set; }

    /// <summary>How many times it occurred.</summary>
    public int? Count { get; set; }

    /// <summary>First occurrence.</summary>
    public DateTime? FirstTimestamp { get; set; }

    /// <summary>Latest occurrence.</summary>
    public DateTime? LastTimestamp { get; set; }

    /// <summary>Occurrence time (MicroTime).</summary>
    [JsonConverter(typeof(MicroTimeConverter))]
    public DateTime? EventTime { get; set; }

    /// <summary>What was done.</summary>
    public string? Action { get; set; }

    /// <summary>Controller that emitted it.</summary>
    public string? ReportingComponent { get; set; }

    /// <summary>Controller instance that emitted it.</summary>
    public string? ReportingInstance { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
