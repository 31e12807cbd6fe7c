using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Kube.Operator.Client;

/// <summary>
/// Classifies the package's <see cref="HttpOperationException"/> like client-go's <c>IsNotFound</c>,
/// <c>IsConflict</c>…: the server's Status <c>reason</c> decides first, the HTTP code second, so a non-JSON
/// error body (a proxy's page) still classifies by code. Callers write
/// <c>catch (HttpOperationException e) when (e.IsConflict())</c>.
/// </summary>
public static class KubernetesErrors
{
    /// <summary>404, or reason NotFound.</summary>
    /// <param name="error">The error.</param>
    /// <returns>Whether the object (or its kind) does not exist.</returns>
    public static bool IsNotFound(this HttpOperationException error) => Is(error, "NotFound", HttpStatusCode.NotFound);

    /// <summary>409 with reason AlreadyExists: a create found the name taken.</summary>
    /// <param name="error">The error.</param>
    /// <returns>Whether the name is taken.</returns>
    public static bool IsAlreadyExists(this HttpOperationException error) =>
        Code(error) == HttpStatusCode.Conflict && Reason(error) == "AlreadyExists";

    /// <summary>Any other 409: a stale resourceVersion, a failed precondition, an apply field conflict.</summary>
    /// <param name="error">The error.</param>
    /// <returns>Whether the write lost a race.</returns>
    public static bool IsConflict(this HttpOperationException error) =>
        (Code(error) == HttpStatusCode.Conflict || Reason(error) == "Conflict") && !error.IsAlreadyExists();

    /// <summary>422, or reason Invalid: the object failed validation.</summary>
    /// <param name="error">The error.</param>
    /// <returns>Whether the object was rejected as invalid.</returns>
    public static bool IsInvalid(this HttpOperationException error) =>
        Is(error, "Invalid", HttpStatusCode.UnprocessableEntity);

    /// <summary>410, or reason Expired/Gone: a resourceVersion or continue token older than the history; list again.</summary>
    /// <param name="error">The error.</param>
    /// <returns>Whether only a re-list can continue.</returns>
    public static bool IsGone(this HttpOperationException error) =>
        Code(error) == HttpStatusCode.Gone || Reason(error) is "Expired" or "Gone";

    /// <summary>403, or reason Forbidden.</summary>
    /// <param name="error">The error.</param>
    /// <returns>Whether RBAC (or an admission rule) refused the request.</returns>
    public static bool IsForbidden(this HttpOperationException error) =>
        Is(error, "Forbidden", HttpStatusCode.Forbidden);

    /// <summary>429, or reason TooManyRequests.</summary>
    /// <param name="error">The error.</param>
    /// <returns>Whether the server throttled the request.</returns>
    public static bool IsTooManyRequests(this HttpOperationException error) =>
        Is(error, "TooManyRequests", HttpStatusCode.TooManyRequests);

    /// <summary>The server's Status object parsed from the response body; null when the body is not one.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The Status, or null.</returns>
    public static V1Status? Status(this HttpOperationException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var body = error.Response?.Content;
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{') return null;
        try
        {
            var status = KubernetesJson.Deserialize<V1Status>(body);
            return status is { Kind: "Status" } ? status : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Builds the exception the package would throw for an HTTP answer, for errors that arrive another way
    /// (a watch ERROR event carries a Status, not an HTTP code).
    /// </summary>
    /// <param name="status">The server's Status.</param>
    /// <param name="context">What was being done, for the message.</param>
    /// <returns>The exception; its response has the Status's code and the Status as content.</returns>
    public static HttpOperationException FromStatus(V1Status status, string context)
    {
        ArgumentNullException.ThrowIfNull(status);
        var code = status.Code is { } c and >= 100 and < 600 ? (HttpStatusCode)c : HttpStatusCode.InternalServerError;
        // The package's V1Status converter cannot write, so the Status body is written here.
        var body = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = status.Status ?? "Failure",
            ["message"] = status.Message,
            ["reason"] = status.Reason,
            ["code"] = (int)code,
        }.ToJsonString();
        using var response = new HttpResponseMessage(code);
        return new HttpOperationException($"{context} failed: {(int)code} {status.Reason}: {status.Message}")
        {
            Response = new HttpResponseMessageWrapper(response, body),
        };
    }

    private static bool Is(HttpOperationException error, string reason, HttpStatusCode code) =>
        Code(error) == code || Reason(error) == reason;

    private static HttpStatusCode? Code(HttpOperationException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Response?.StatusCode;
    }

    private static string? Reason(HttpOperationException error) => error.Status()?.Reason;
}
