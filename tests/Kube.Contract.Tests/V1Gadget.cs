using Kube.Client.Models;

namespace Kube.Client.Tests.Contract;

/// <summary>Test custom resource WITHOUT a status subresource (see <see cref="TestCrds"/>).</summary>
[KubernetesEntity(Group = TestCrds.Group, ApiVersion = "v1", Kind = "Gadget", PluralName = "gadgets")]
public sealed class V1Gadget : CustomKubernetesEntity<V1Gadget.GadgetSpec, V1Gadget.GadgetStatus>
{
    public sealed class GadgetSpec
    {
        public int? Size { get; set; }
    }

    public sealed class GadgetStatus
    {
        public string? Phase { get; set; }
    }
}
