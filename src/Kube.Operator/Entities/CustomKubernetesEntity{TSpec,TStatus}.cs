using System.Text.Json.Serialization;
using k8s.Models;

namespace Kube.Operator.Entities;

/// <summary>A resource with a spec and a status (written through the status subresource).</summary>
/// <typeparam name="TSpec">The spec type.</typeparam>
/// <typeparam name="TStatus">The status type.</typeparam>
public abstract class CustomKubernetesEntity<TSpec, TStatus> : CustomKubernetesEntity<TSpec>, IStatus<TStatus>
    where TSpec : new()
    where TStatus : new()
{
    /// <inheritdoc/>
    [JsonPropertyName("status")]
    public TStatus Status { get; set; } = new();
}
