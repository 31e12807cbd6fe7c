using k8s.Models;
using Kube.Operator.Entities;
using Kube.Operator.Entities.Attributes;

namespace Kube.Operator.Tests.Support;

/// <summary>Test custom resource with a status subresource; its CRD comes from our generator.</summary>
[KubernetesEntity(Group = "test.kube-operator.dev", ApiVersion = "v1", Kind = "TestWidget", PluralName = "testwidgets")]
public sealed class V1TestWidget : CustomKubernetesEntity<V1TestWidget.WidgetSpec, V1TestWidget.WidgetStatus>
{
    public sealed class WidgetSpec
    {
        [Required]
        [RangeMinimum(Minimum = 0)]
        public int Size { get; set; }
    }

    public sealed class WidgetStatus
    {
        public int? ObservedSize { get; set; }

        public string? Phase { get; set; }
    }

    public static V1TestWidget Create(string ns, string name, int size) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
        Spec = new WidgetSpec { Size = size },
    };
}
