namespace Kube.Client.Models;

/// <summary>A custom resource with a spec and a status.</summary>
/// <typeparam name="TSpec">The spec type.</typeparam>
/// <typeparam name="TStatus">The status type.</typeparam>
public abstract class CustomKubernetesEntity<TSpec, TStatus> : CustomKubernetesEntity<TSpec>
    where TSpec : new()
    where TStatus : new()
{
    /// <summary>The observed state, written through the status subresource.</summary>
    public TStatus Status { get; set; } = new();
}
