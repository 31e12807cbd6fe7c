using System.Net;

namespace Kube.Client.Http;

/// <summary>Which answers are worth repeating, and which requests may be repeated at all.</summary>
internal static class RetryClassifier
{
    /// <summary>429 (throttled, not executed) and the 5xx answers a restart or overload produces.</summary>
    public static bool IsTransient(HttpStatusCode code) => code is HttpStatusCode.TooManyRequests
        or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
