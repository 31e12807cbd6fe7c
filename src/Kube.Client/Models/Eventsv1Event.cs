using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>An events.k8s.io/v1 Event.</summary>
[KubernetesEntity(Group = "events.k8s.io", ApiVersion = "v1", Kind = "Event", PluralName = "events")]
public sealed class Eventsv1Event : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The group/version of the schema; <c>events.k8s.io/v1</c>.</summary>
    public string? ApiVersion { get; set; } = "events.k8s.io/v1";

    /// <summary>The kind; <c>Event</c>.</summary>
    public string? Kind { get; set; } = "Event";

    /// <summary>Standard object metadata.</summary>
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>Occurrence time (MicroTime, required).</summary>
    [JsonConverter(typeof(MicroTimeConverter))]
    public DateTime? EventTime { get; set; }

    /// <summary>The object this event is about.</summary>
    public V1ObjectReference? Regarding { get; set; }

    /// <summary>A second related object.</summary>
    public V1ObjectReference? Related { get; set; }

    /// <summary>Machine-readable reason.</summary>
    public string? Reason { get; set; }

    /// <summary>Human-readable description.</summary>
    public string? Note { get; set; }

    /// <summary><c>Normal</c> or <c>Warning</c>.</summary>
    public string? Type { get; set; }

    /// <summary>What was done.</summary>
    public string? Action { get; set; }

    /// <summary>Controller that emitted it, e.g. <c>example.org/operator</c>.</summary>
    public string? ReportingController { get; set; }

    /// <summary>Controller instance that emitted it.</summary>
    public string? ReportingInstance { get; set; }

    /// <summary>core/v1 compatibility count.</summary>
    public int? DeprecatedCount { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
