namespace Kube.Client.Exceptions;

/// <summary>No usable configuration: the kubeconfig or in-cluster environment is missing, malformed or incomplete. The message names what was looked for.</summary>
public sealed class KubeConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KubeConfigException() { }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public KubeConfigException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public KubeConfigException(string message, Exception innerException) : base(message, innerException) { }
}
