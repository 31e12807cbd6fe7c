using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace WhatsAppCampaigns.CampaignState.Credentials;

/// <summary>
/// The credentials check both the operator (session readiness) and the sender (before its first
/// send) make: a POST of <see cref="RequestBody"/> to the number's messages endpoint. It names no
/// recipient, so the Cloud API refuses it after authenticating the token: error 100/131008 proves
/// the token and number, 401/403 or error 0/190 refutes the token, error 100 subcode 33 says the
/// number id does not exist (reference: shared/reference/whatsapp-cloud-api.md, sections 1.1 and
/// 2.3). One classification, so the operator never calls a session ready that its sender then
/// refuses to send from. Pure.
/// </summary>
public static class CredentialsCheck
{
    /// <summary>The request body: a send with no recipient and no message.</summary>
    public const string RequestBody = """{"messaging_product":"whatsapp"}""";

    /// <summary>Graph's <c>error_subcode</c> for "object with ID does not exist" (here: the phone number id).</summary>
    public const int ObjectDoesNotExistSubcode = 33;

    private static readonly FrozenDictionary<int, CredentialsVerdict> ByCode = new Dictionary<int, CredentialsVerdict>
    {
        [0] = CredentialsVerdict.CredentialsRejected, [190] = CredentialsVerdict.CredentialsRejected,
        [3] = CredentialsVerdict.CredentialsRejected, [10] = CredentialsVerdict.CredentialsRejected,
        [131005] = CredentialsVerdict.CredentialsRejected,
        [4] = CredentialsVerdict.Throttled, [80007] = CredentialsVerdict.Throttled, [130429] = CredentialsVerdict.Throttled,
        [1] = CredentialsVerdict.Unavailable, [2] = CredentialsVerdict.Unavailable, [131000] = CredentialsVerdict.Unavailable,
        [131016] = CredentialsVerdict.Unavailable, [133004] = CredentialsVerdict.Unavailable, [131057] = CredentialsVerdict.Unavailable,
        [131031] = CredentialsVerdict.AccountRestricted, [368] = CredentialsVerdict.AccountRestricted,
        [131042] = CredentialsVerdict.AccountRestricted, [131037] = CredentialsVerdict.AccountRestricted,
        [131064] = CredentialsVerdict.AccountRestricted, [133010] = CredentialsVerdict.AccountRestricted,
        [131048] = CredentialsVerdict.AccountRestricted,
    }.ToFrozenDictionary();

    /// <summary>Classifies an answer whose Graph error envelope is already parsed.</summary>
    /// <param name="httpStatus">The HTTP status.</param>
    /// <param name="errorCode">The envelope's <c>error.code</c>, when there is one.</param>
    /// <param name="errorSubcode">The envelope's <c>error.error_subcode</c>, when there is one.</param>
    public static CredentialsCheckResult Classify(int httpStatus, int? errorCode, int? errorSubcode)
    {
        var verdict = VerdictOf(httpStatus, errorCode, errorSubcode);
        var seen = string.Create(CultureInfo.InvariantCulture,
            $"HTTP {httpStatus}, error {(errorCode is { } c ? c.ToString(CultureInfo.InvariantCulture) : "none")}{(errorSubcode is { } s ? $"/{s}" : "")}");
        return verdict switch
        {
            CredentialsVerdict.CredentialsRejected => new(verdict, "CredentialsRejected", $"the gateway refused the access token ({seen})"),
            CredentialsVerdict.PhoneNumberNotFound => new(verdict, "PhoneNumberNotFound", $"the gateway does not know spec.phoneNumberId ({seen})"),
            CredentialsVerdict.AccountRestricted => new(verdict, "AccountRestricted", $"the gateway accepted the token but the account cannot send ({seen})"),
            CredentialsVerdict.Unavailable => new(verdict, "GatewayUnavailable", $"the gateway is unavailable ({seen})"),
            CredentialsVerdict.Throttled => new(verdict, "GatewayReachable", $"the gateway accepted the credentials but is throttling ({seen})"),
            _ => new(verdict, "GatewayReachable", $"the gateway accepted the credentials ({seen})"),
        };
    }

    /// <summary>Classifies an answer from its HTTP status and body (a Graph error envelope, or anything else).</summary>
    /// <param name="httpStatus">The HTTP status.</param>
    /// <param name="body">The response body.</param>
    public static CredentialsCheckResult Classify(int httpStatus, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        int? code = null, subcode = null;
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object)
            {
                if (error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n)) code = n;
                if (error.TryGetProperty("error_subcode", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var m)) subcode = m;
            }
        }
        catch (JsonException)
        {
            // Not a Graph envelope (a proxy's HTML page, an empty body): the HTTP status decides.
        }
        return Classify(httpStatus, code, subcode);
    }

    /// <summary>No answer arrived (connection refused, reset, timeout).</summary>
    /// <param name="detail">What happened, e.g. the exception message or "no answer within 10 s".</param>
    public static CredentialsCheckResult Unreachable(string detail) =>
        new(CredentialsVerdict.Unreachable, "GatewayUnreachable", detail);

    private static CredentialsVerdict VerdictOf(int httpStatus, int? errorCode, int? errorSubcode)
    {
        if (errorCode is { } code)
        {
            if (ByCode.TryGetValue(code, out var known)) return known;
            if (code is >= 200 and <= 299) return CredentialsVerdict.CredentialsRejected; // permission family
            if (code == 100 && errorSubcode == ObjectDoesNotExistSubcode) return CredentialsVerdict.PhoneNumberNotFound;
        }
        return httpStatus switch
        {
            401 or 403 => CredentialsVerdict.CredentialsRejected,
            404 when errorCode is null => CredentialsVerdict.PhoneNumberNotFound,
            429 => CredentialsVerdict.Throttled,
            >= 500 => CredentialsVerdict.Unavailable,
            _ => CredentialsVerdict.Accepted,
        };
    }
}
