using Kube.Client.Models;

namespace Kube.Client.Autorest;

/// <summary>415 UnsupportedMediaType: a patch type the resource does not accept (strategic merge on a custom resource).</summary>
public sealed class UnsupportedMediaTypeException : HttpOperationException
{
    /// <summary>Creates the exception without a response.</summary>
    public UnsupportedMediaTypeException() { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    public UnsupportedMediaTypeException(string message) : base(message) { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public UnsupportedMediaTypeException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="response">The response's code and body.</param>
    /// <param name="status">The server's Status object, if the body was one.</param>
    public UnsupportedMediaTypeException(string message, HttpResponseMessageWrapper response, V1Status? status)
        : base(message, response, status) { }
}
