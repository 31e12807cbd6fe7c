using Kube.Client.Models;

namespace Kube.Client.Autorest;

/// <summary>409 Conflict: stale resourceVersion, failed delete precondition, or a server-side apply field conflict. Re-read and retry.</summary>
public sealed class ConflictException : HttpOperationException
{
    /// <summary>Creates the exception without a response.</summary>
    public ConflictException() { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    public ConflictException(string message) : base(message) { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ConflictException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="response">The response's code and body.</param>
    /// <param name="status">The server's Status object, if the body was one.</param>
    public ConflictException(string message, HttpResponseMessageWrapper response, V1Status? status)
        : base(message, response, status) { }
}
