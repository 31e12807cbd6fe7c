using System.Text.Json;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

/// <summary>Test custom resource with a status subresource (see <see cref="TestCrds"/>).</summary>
[KubernetesEntity(Group = TestCrds.Group, ApiVersion = "v1", Kind = "Widget", PluralName = "widgets")]
public sealed class V1Widget : IKubernetesObject<V1ObjectMeta>, ISpec<V1Widget.WidgetSpec>, IStatus<V1Widget.WidgetStatus>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = TestCrds.Group + "/v1";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "Widget";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public WidgetSpec Spec { get; set; } = new();

    [JsonPropertyName("status")]
    public WidgetStatus Status { get; set; } = new();

    public sealed class WidgetSpec
    {
        [JsonPropertyName("size")]
        public int? Size { get; set; }

        [JsonPropertyName("color")]
        public string? Color { get; set; }

        [JsonPropertyName("tags")]
        public IList<string>? Tags { get; set; }

        [JsonExtensionData]
        public IDictionary<string, JsonElement>? ExtensionData { get; set; }
    }

    public sealed class WidgetStatus
    {
        [JsonPropertyName("phase")]
        public string? Phase { get; set; }

        [JsonPropertyName("observedGeneration")]
        public long? ObservedGeneration { get; set; }
    }

    public static V1Widget Create(string ns, string name, int size = 1) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
        Spec = new WidgetSpec { Size = size },
    };

    /// <summary>An ownerReference to this widget (as a controller would set on what it creates).</summary>
    public V1OwnerReference OwnerReference() => new() { ApiVersion = ApiVersion, Kind = Kind, Name = Metadata.Name, Uid = Metadata.Uid };
}
