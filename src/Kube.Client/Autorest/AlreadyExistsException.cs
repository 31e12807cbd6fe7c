using Kube.Client.Models;

namespace Kube.Client.Autorest;

/// <summary>409 AlreadyExists: create of a name that is already taken.</summary>
public sealed class AlreadyExistsException : HttpOperationException
{
    /// <summary>Creates the exception without a response.</summary>
    public AlreadyExistsException() { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    public AlreadyExistsException(string message) : base(message) { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public AlreadyExistsException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="response">The response's code and body.</param>
    /// <param name="status">The server's Status object, if the body was one.</param>
    public AlreadyExistsException(string message, HttpResponseMessageWrapper response, V1Status? status)
        : base(message, response, status) { }
}
