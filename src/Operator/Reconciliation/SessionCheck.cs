
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>The outcome of checking a session's gateway and token.</summary>
/// <param name="Ok">Reachable and the token accepted.</param>
/// <param name="Reason">Condition reason.</param>
/// <param name="Message">What was found.</param>
public sealed record SessionCheckResult(bool Ok, string Reason, string Message)
{
    /// <summary>
    /// Classifies the gateway's answer to a send request without a recipient (the sender's own
    /// preflight): it is refused after authentication, so error 100/131008 proves the token while
    /// 401/403 or error 190 refutes it. Pure.
    /// </summary>
    public static SessionCheckResult Classify(int httpStatus, string body)
    {
        int? code = null;
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var c) && c.TryGetInt32(out var n)) code = n;
        }
        catch (JsonException)
        {
        }
        if (httpStatus is 401 or 403 || code is 190 or 0)
            return new SessionCheckResult(false, "CredentialsRejected", $"the gateway refused the access token (HTTP {httpStatus}, error {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})");
        if (httpStatus == 404)
            return new SessionCheckResult(false, "PhoneNumberNotFound", "the gateway does not know spec.phoneNumberId (HTTP 404)");
        if (httpStatus >= 500)
            return new SessionCheckResult(false, "GatewayUnavailable", $"the gateway answered HTTP {httpStatus}");
        return new SessionCheckResult(true, "GatewayReachable", $"the gateway accepted the credentials (HTTP {httpStatus})");
    }
}

/// <summary>Checks a session against its gateway with one request that sends nothing.</summary>
public sealed class SessionChecker(HttpClient http)
{
    /// <summary>Posts the preflight request and classifies the answer.</summary>
    public async Task<SessionCheckResult> CheckAsync(string apiBaseUrl, string phoneNumberId, string token, CancellationToken cancellationToken)
    {
        var (baseUrl, version) = SenderJobBuilder.SplitApiBase(apiBaseUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(baseUrl), $"{version}/{phoneNumberId}/messages"))
        {
            Content = new StringContent("{\"messaging_product\":\"whatsapp\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return SessionCheckResult.Classify((int)response.StatusCode, body);
        }
        catch (HttpRequestException ex)
        {
            return new SessionCheckResult(false, "GatewayUnreachable", $"spec.apiBaseUrl {apiBaseUrl}: {ex.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SessionCheckResult(false, "GatewayUnreachable", $"spec.apiBaseUrl {apiBaseUrl}: no answer within 10 s");
        }
    }

}
