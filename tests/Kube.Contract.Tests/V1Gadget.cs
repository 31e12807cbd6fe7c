using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

/// <summary>Test custom resource WITHOUT a status subresource (see <see cref="TestCrds"/>).</summary>
[KubernetesEntity(Group = TestCrds.Group, ApiVersion = "v1", Kind = "Gadget", PluralName = "gadgets")]
public sealed class V1Gadget : IKubernetesObject<V1ObjectMeta>, ISpec<V1Gadget.GadgetSpec>, IStatus<V1Gadget.GadgetStatus>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = TestCrds.Group + "/v1";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "Gadget";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public GadgetSpec Spec { get; set; } = new();

    [JsonPropertyName("status")]
    public GadgetStatus Status { get; set; } = new();

    public sealed class GadgetSpec
    {
        [JsonPropertyName("size")]
        public int? Size { get; set; }
    }

    public sealed class GadgetStatus
    {
        [JsonPropertyName("phase")]
        public string? Phase { get; set; }
    }
}
