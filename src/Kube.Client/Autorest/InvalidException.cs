using Kube.Client.Models;

namespace Kube.Client.Autorest;

/// <summary>422 Invalid: validation failed; <see cref="Causes"/> names each field and why.</summary>
public sealed class InvalidException : HttpOperationException
{
    /// <summary>Creates the exception without a response.</summary>
    public InvalidException() { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    public InvalidException(string message) : base(message) { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="response">The response's code and body.</param>
    /// <param name="status">The server's Status object, if the body was one.</param>
    public InvalidException(string message, HttpResponseMessageWrapper response, V1Status? status)
        : base(message, response, status) { }

    /// <summary>The field-level causes (<c>details.causes</c>), empty when the server sent none.</summary>
    public IReadOnlyList<V1StatusCause> Causes => Status?.Details?.Causes?.ToList() ?? [];
}
