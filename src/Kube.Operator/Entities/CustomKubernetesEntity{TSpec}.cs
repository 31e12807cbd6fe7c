using System.Text.Json.Serialization;
using k8s.Models;

namespace Kube.Operator.Entities;

/// <summary>A resource with a spec.</summary>
/// <typeparam name="TSpec">The spec type.</typeparam>
public abstract class CustomKubernetesEntity<TSpec> : CustomKubernetesEntity, ISpec<TSpec>
    where TSpec : new()
{
    /// <inheritdoc/>
    [JsonPropertyName("spec")]
    public TSpec Spec { get; set; } = new();
}
