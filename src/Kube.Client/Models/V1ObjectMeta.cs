using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Metadata every persisted object has (name, namespace, labels, resourceVersion, …).</summary>
public sealed class V1ObjectMeta
{
    /// <summary>Unique name within the namespace (or cluster for cluster-scoped kinds).</summary>
    public string? Name { get; set; }

    /// <summary>Prefix the server completes with 5 random characters when <see cref="Name"/> is empty.</summary>
    public string? GenerateName { get; set; }

    /// <summary>The namespace; named like KubernetesClient's property because <c>Namespace</c> clashes with C# usage.</summary>
    [JsonPropertyName("namespace")]
    public string? NamespaceProperty { get; set; }

    /// <summary>Server-assigned unique id; the garbage collector matches owners by it.</summary>
    public string? Uid { get; set; }

    /// <summary>Opaque version of this object; send it back for optimistic concurrency, compare only for equality.</summary>
    public string? ResourceVersion { get; set; }

    /// <summary>Sequence number of the desired state (spec); set by the server.</summary>
    public long? Generation { get; set; }

    /// <summary>Identifying key/value pairs used by selectors.</summary>
    public IDictionary<string, string>? Labels { get; set; }

    /// <summary>Non-identifying key/value pairs.</summary>
    public IDictionary<string, string>? Annotations { get; set; }

    /// <summary>Names of finalizers that must be removed before the object is deleted.</summary>
    public IList<string>? Finalizers { get; set; }

    /// <summary>Objects this one depends on; deleting the owner cascades to it.</summary>
    public IList<V1OwnerReference>? OwnerReferences { get; set; }

    /// <summary>When the server created the object (UTC, second precision).</summary>
    public DateTime? CreationTimestamp { get; set; }

    /// <summary>Set by the server when deletion was requested and finalizers hold the object.</summary>
    public DateTime? DeletionTimestamp { get; set; }

    /// <summary>Grace period the deletion was requested with.</summary>
    public long? DeletionGracePeriodSeconds { get; set; }

    /// <summary>Field ownership records (server-side apply), kept raw.</summary>
    public IList<JsonElement>? ManagedFields { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
