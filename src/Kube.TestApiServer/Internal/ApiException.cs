using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>A request failure that the handler turns into a Kubernetes Status body with this code.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(int code, string reason, string message, JsonObject? details = null)
        : base(message)
    {
        Code = code;
        Reason = reason;
        Details = details;
    }

    public ApiException()
    {
    }

    public ApiException(string message) : base(message)
    {
    }

    public ApiException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public int Code { get; } = 500;

    public string Reason { get; } = "InternalError";

    public JsonObject? Details { get; }

    /// <summary>Seconds for the Retry-After header (429 and friends), if any.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>The Status object exactly as kube-apiserver writes it.</summary>
    public JsonObject ToStatus()
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = Message,
            ["reason"] = Reason,
        };
        var details = Details?.DeepClone().AsObject() ?? new JsonObject();
        if (RetryAfterSeconds is { } retry) details["retryAfterSeconds"] = retry;
        status["details"] = details;
        status["code"] = Code;
        return status;
    }
}
