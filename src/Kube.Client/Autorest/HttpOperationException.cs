using System.Net;
using Kube.Client.Models;

namespace Kube.Client.Autorest;

/// <summary>
/// The API server answered with an error. Typed subclasses (<see cref="NotFoundException"/>,
/// <see cref="ConflictException"/>, …) say which; <see cref="Status"/> carries the server's Status object.
/// </summary>
public class HttpOperationException : Exception
{
    /// <summary>Creates an exception with a message only (no response).</summary>
    public HttpOperationException() : this("The Kubernetes API request failed.") { }

    /// <summary>Creates an exception with a message only (no response).</summary>
    /// <param name="message">What failed.</param>
    public HttpOperationException(string message) : base(message)
    {
        Response = new HttpResponseMessageWrapper(0, "");
    }

    /// <summary>Creates an exception with a message and inner exception (no response).</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public HttpOperationException(string message, Exception innerException) : base(message, innerException)
    {
        Response = new HttpResponseMessageWrapper(0, "");
    }

    /// <summary>Creates an exception for an error response.</summary>
    /// <param name="message">What failed, including method, path and the server's message.</param>
    /// <param name="response">The response's code and body.</param>
    /// <param name="status">The Status object parsed from the body, when it was one.</param>
    public HttpOperationException(string message, HttpResponseMessageWrapper response, V1Status? status)
        : base(message)
    {
        Response = response;
        Status = status;
    }

    /// <summary>The response's status code and body.</summary>
    public HttpResponseMessageWrapper Response { get; }

    /// <summary>The server's Status object, or null when the body was not one (proxies, non-JSON errors).</summary>
    public V1Status? Status { get; }

    /// <summary>The HTTP status code of the response.</summary>
    public HttpStatusCode StatusCode => Response.StatusCode;

    /// <summary>The Status <c>reason</c>, e.g. <c>AlreadyExists</c>, or null.</summary>
    public string? Reason => Status?.Reason;
}
