using Kube.Client.Models;

namespace Kube.Client.Autorest;

/// <summary>400 BadRequest: malformed body, wrong kind for the path, name or namespace mismatch, bad query.</summary>
public sealed class BadRequestException : HttpOperationException
{
    /// <summary>Creates the exception without a response.</summary>
    public BadRequestException() { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    public BadRequestException(string message) : base(message) { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public BadRequestException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="response">The response's code and body.</param>
    /// <param name="status">The server's Status object, if the body was one.</param>
    public BadRequestException(string message, HttpResponseMessageWrapper response, V1Status? status)
        : base(message, response, status) { }
}
