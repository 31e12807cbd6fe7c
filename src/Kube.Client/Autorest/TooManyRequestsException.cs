using Kube.Client.Models;

namespace Kube.Client.Autorest;

/// <summary>429 TooManyRequests: the server throttled the request; wait <see cref="RetryAfter"/> before retrying.</summary>
public sealed class TooManyRequestsException : HttpOperationException
{
    /// <summary>Creates the exception without a response.</summary>
    public TooManyRequestsException() { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    public TooManyRequestsException(string message) : base(message) { }

    /// <summary>Creates the exception without a response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public TooManyRequestsException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="response">The response's code and body.</param>
    /// <param name="status">The server's Status object, if the body was one.</param>
    /// <param name="retryAfter">The delay from the <c>Retry-After</c> header or <c>details.retryAfterSeconds</c>.</param>
    public TooManyRequestsException(string message, HttpResponseMessageWrapper response, V1Status? status, TimeSpan? retryAfter)
        : base(message, response, status) => RetryAfter = retryAfter;

    /// <summary>How long the server asked us to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
