using Kube.Client.Models;

namespace Kube.Client.Autorest;

/// <summary>404 NotFound: the object, namespace or URL does not exist.</summary>
public sealed class NotFoundException : HttpOperationException
{
    /// <summary>Creates the exception without a response.</summary>
    public NotFoundException() { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    public NotFoundException(string message) : base(message) { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public NotFoundException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="response">The response's code and body.</param>
    /// <param name="status">The server's Status object, if the body was one.</param>
    public NotFoundException(string message, HttpResponseMessageWrapper response, V1Status? status)
        : base(message, response, status) { }
}
