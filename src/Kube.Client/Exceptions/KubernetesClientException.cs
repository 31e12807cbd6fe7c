namespace Kube.Client.Exceptions;

/// <summary>The client could not use a response: an unexpected body, or a watch stream that broke the protocol.</summary>
public sealed class KubernetesClientException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KubernetesClientException() { }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public KubernetesClientException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public KubernetesClientException(string message, Exception innerException) : base(message, innerException) { }
}
