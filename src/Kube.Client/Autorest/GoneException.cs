using Kube.Client.Models;

namespace Kube.Client.Autorest;

/// <summary>410 Gone/Expired: the resourceVersion (or continue token) is older than the server's history. Re-list, then watch from the list's resourceVersion.</summary>
public sealed class GoneException : HttpOperationException
{
    /// <summary>Creates the exception without a response.</summary>
    public GoneException() { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    public GoneException(string message) : base(message) { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public GoneException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="response">The response's code and body.</param>
    /// <param name="status">The server's Status object, if the body was one.</param>
    public GoneException(string message, HttpResponseMessageWrapper response, V1Status? status)
        : base(message, response, status) { }
}
