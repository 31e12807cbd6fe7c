namespace Kube.Client;

/// <summary>An object the Kubernetes API serves: it names its schema with <c>apiVersion</c> and <c>kind</c>.</summary>
public interface IKubernetesObject
{
    /// <summary>The group/version of the schema, e.g. <c>batch/v1</c> or <c>v1</c> for the core group.</summary>
    string? ApiVersion { get; set; }

    /// <summary>The kind, e.g. <c>Job</c>.</summary>
    string? Kind { get; set; }
}
