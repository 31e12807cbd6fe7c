namespace Kube.Client.Models;

/// <summary>A custom resource with a spec.</summary>
/// <typeparam name="TSpec">The spec type.</typeparam>
public abstract class CustomKubernetesEntity<TSpec> : CustomKubernetesEntity
    where TSpec : new()
{
    /// <summary>The desired state.</summary>
    public TSpec Spec { get; set; } = new();
}
