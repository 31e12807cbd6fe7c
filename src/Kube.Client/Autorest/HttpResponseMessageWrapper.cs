using System.Net;

namespace Kube.Client.Autorest;

/// <summary>The parts of an HTTP error response that outlive the response itself.</summary>
public sealed class HttpResponseMessageWrapper
{
    /// <summary>Creates the wrapper.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="content">The response body as text (may be empty).</param>
    /// <param name="reasonPhrase">The HTTP reason phrase, if any.</param>
    public HttpResponseMessageWrapper(HttpStatusCode statusCode, string content, string? reasonPhrase = null)
    {
        StatusCode = statusCode;
        Content = content;
        ReasonPhrase = reasonPhrase;
    }

    /// <summary>The HTTP status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The response body as text.</summary>
    public string Content { get; }

    /// <summary>The HTTP reason phrase, if any.</summary>
    public string? ReasonPhrase { get; }
}
