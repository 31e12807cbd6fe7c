using Kube.Client.Models;

namespace Kube.Client.Autorest;

/// <summary>403 Forbidden: RBAC denied the request, or the namespace is terminating.</summary>
public sealed class ForbiddenException : HttpOperationException
{
    /// <summary>Creates the exception without a response.</summary>
    public ForbiddenException() { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    public ForbiddenException(string message) : base(message) { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ForbiddenException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="response">The response's code and body.</param>
    /// <param name="status">The server's Status object, if the body was one.</param>
    public ForbiddenException(string message, HttpResponseMessageWrapper response, V1Status? status)
        : base(message, response, status) { }
}
