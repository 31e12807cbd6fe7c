using System.Net.Http.Headers;
using System.Text;
using WhatsAppCampaigns.CampaignState.Credentials;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>The outcome of checking a session's gateway and token.</summary>
/// <param name="Ok">Reachable and the token accepted.</param>
/// <param name="Reason">Condition reason.</param>
/// <param name="Message">What was found.</param>
public sealed record SessionCheckResult(bool Ok, string Reason, string Message)
{
    /// <summary>
    /// The session's readiness from the shared credentials check (the one the sender makes before
    /// its first send): ready when the token was authenticated, even if the number is throttled.
    /// </summary>
    public static SessionCheckResult From(CredentialsCheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new SessionCheckResult(check.CredentialsAccepted, check.Reason, check.Message);
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
            Content = new StringContent(CredentialsCheck.RequestBody, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return SessionCheckResult.From(CredentialsCheck.Classify((int)response.StatusCode, body));
        }
        catch (HttpRequestException ex)
        {
            return SessionCheckResult.From(CredentialsCheck.Unreachable($"spec.apiBaseUrl {apiBaseUrl}: {ex.Message}"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SessionCheckResult.From(CredentialsCheck.Unreachable($"spec.apiBaseUrl {apiBaseUrl}: no answer within 10 s"));
        }
    }

}
