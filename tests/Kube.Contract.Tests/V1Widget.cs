using System.Text.Json;
using System.Text.Json.Serialization;
using Kube.Client.Models;

namespace Kube.Client.Tests.Contract;

/// <summary>Test custom resource with a status subresource (see <see cref="TestCrds"/>).</summary>
[KubernetesEntity(Group = TestCrds.Group, ApiVersion = "v1", Kind = "Widget", PluralName = "widgets")]
public sealed class V1Widget : CustomKubernetesEntity<V1Widget.WidgetSpec, V1Widget.WidgetStatus>
{
    public sealed class WidgetSpec
    {
        public int? Size { get; set; }

        public string? Color { get; set; }

        public IList<string>? Tags { get; set; }

        [JsonExtensionData]
        public IDictionary<string, JsonElement>? ExtensionData { get; set; }
    }

    public sealed class WidgetStatus
    {
        public string? Phase { get; set; }

        public long? ObservedGeneration { get; set; }
    }

    public static V1Widget Create(string ns, string name, int size = 1) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
        Spec = new WidgetSpec { Size = size },
    };
}
