using Kube.Client.Models;

namespace Kube.Client.Autorest;

/// <summary>401 Unauthorized: missing or invalid credentials.</summary>
public sealed class UnauthorizedException : HttpOperationException
{
    /// <summary>Creates the exception without a response.</summary>
    public UnauthorizedException() { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    public UnauthorizedException(string message) : base(message) { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public UnauthorizedException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="response">The response's code and body.</param>
    /// <param name="status">The server's Status object, if the body was one.</param>
    public UnauthorizedException(string message, HttpResponseMessageWrapper response, V1Status? status)
        : base(message, response, status) { }
}
