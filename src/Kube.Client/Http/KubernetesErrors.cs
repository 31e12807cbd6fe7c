using System.Net;
using System.Text.Json;
using Kube.Client.Autorest;
using Kube.Client.Models;

namespace Kube.Client.Http;

/// <summary>
/// Maps an error response to a typed exception. Like client-go's <c>IsNotFound</c>/<c>IsConflict</c>…,
/// the Status <c>reason</c> decides first and the HTTP code second, so a non-JSON body (a proxy's
/// error page) still maps by code.
/// </summary>
internal static class KubernetesErrors
{
    public static HttpOperationException FromResponse(HttpStatusCode code, string body, TimeSpan? retryAfterHeader,
        string method, string path)
    {
        var status = TryParseStatus(body);
        return FromStatus(code, body, status, retryAfterHeader, method, path);
    }

    public static HttpOperationException FromStatus(HttpStatusCode code, string body, V1Status? status,
        TimeSpan? retryAfterHeader, string method, string path)
    {
        var response = new HttpResponseMessageWrapper(code, body);
        var detail = status?.Message is { Length: > 0 } m ? m : Truncate(body);
        var message = $"{method} {path} failed: {(int)code} {status?.Reason ?? code.ToString()}: {detail}";
        var reason = status?.Reason;
        return (reason, (int)code) switch
        {
            ("NotFound", _) or (null or "", 404) => new NotFoundException(message, response, status),
            ("AlreadyExists", _) => new AlreadyExistsException(message, response, status),
            ("Conflict", _) or (_, 409) => new ConflictException(message, response, status),
            ("Invalid", _) or (_, 422) => new InvalidException(message, response, status),
            ("Expired" or "Gone", _) or (_, 410) => new GoneException(message, response, status),
            ("Forbidden", _) or (_, 403) => new ForbiddenException(message, response, status),
            ("Unauthorized", _) or (_, 401) => new UnauthorizedException(message, response, status),
            ("TooManyRequests", _) or (_, 429) => new TooManyRequestsException(message, response, status,
                retryAfterHeader ?? RetryAfterFromStatus(status)),
            ("UnsupportedMediaType", _) or (_, 415) => new UnsupportedMediaTypeException(message, response, status),
            ("BadRequest", _) or (_, 400) => new BadRequestException(message, response, status),
            (_, 404) => new NotFoundException(message, response, status),
            _ => new HttpOperationException(message, response, status),
        };
    }

    /// <summary>Parses a Status object, or returns null when the body is not one.</summary>
    public static V1Status? TryParseStatus(string body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{') return null;
        try
        {
            var status = JsonSerializer.Deserialize<V1Status>(body, KubernetesJson.Options);
            return status is { Kind: "Status" } ? status : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads <c>Retry-After</c> given in seconds (the form the API server sends) or as an HTTP date.</summary>
    public static TimeSpan? ParseRetryAfter(System.Net.Http.Headers.RetryConditionHeaderValue? header, DateTimeOffset now) =>
        header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };

    private static TimeSpan? RetryAfterFromStatus(V1Status? status) =>
        status?.Details?.RetryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    private static string Truncate(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
