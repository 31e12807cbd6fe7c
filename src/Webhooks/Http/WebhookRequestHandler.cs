using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WhatsAppCampaigns.Webhooks.Delivery;
using WhatsAppCampaigns.Webhooks.Hosting;
using WhatsAppCampaigns.Webhooks.Metrics;
using WhatsAppCampaigns.Webhooks.Payload;
using WhatsAppCampaigns.Webhooks.Signature;

namespace WhatsAppCampaigns.Webhooks.Http;

/// <summary>
/// One POST: read the raw body (bounded), check its signature, parse, apply to Redis, then answer.
/// Acknowledge-after-apply: 200 only once Redis holds the effect (a few ms), so an acknowledged
/// event is never lost; 503 when Redis fails, so Meta redelivers (the scripts make that harmless).
/// </summary>
/// <param name="applier">Writes the events to Redis.</param>
/// <param name="options">Secret, verify token, body limit.</param>
/// <param name="logger">The log.</param>
/// <param name="metrics">Counts outcomes and apply durations.</param>
public sealed class WebhookRequestHandler(WebhookApplier applier, IOptions<WebhookOptions> options, ILogger<WebhookRequestHandler> logger,
    IWebhookMetrics metrics)
{
    private readonly WebhookOptions _options = options.Value;

    /// <summary>The GET handshake: the raw challenge as text/plain, or 403.</summary>
    /// <param name="query">The request's query string.</param>
    public IResult Handshake(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var mode = (string?)query["hub.mode"];
        var answer = VerificationHandshake.Answer(mode, query["hub.verify_token"], query["hub.challenge"], _options.VerifyToken);
        if (answer is null)
        {
            Log.HandshakeRefused(logger, mode);
            return Results.Text("verification refused", statusCode: StatusCodes.Status403Forbidden);
        }
        Log.HandshakeAnswered(logger);
        return Results.Text(answer, "text/plain");
    }

    /// <summary>Handles a notification POST.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">The request's abort token.</param>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (result, answer) = await HandleCoreAsync(request, cancellationToken);
        metrics.RequestHandled(result);
        return answer;
    }

    private async Task<(WebhookRequestResult, IResult)> HandleCoreAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await RequestBody.ReadAsync(request, _options.MaxBodyBytes, cancellationToken);
        if (body is null)
            return (WebhookRequestResult.TooLarge,
                Results.Text($"body: larger than {_options.MaxBodyBytes} bytes", statusCode: StatusCodes.Status413PayloadTooLarge));

        var check = WebhookSignatureVerifier.Check(_options.AppSecret, body.Value.Span, request.Headers[WebhookSignatureVerifier.HeaderName]);
        if (check != SignatureCheck.Valid)
        {
            Log.SignatureRefused(logger, check);
            var missing = check == SignatureCheck.Missing;
            return (missing ? WebhookRequestResult.MissingSignature : WebhookRequestResult.BadSignature,
                Results.Text($"{WebhookSignatureVerifier.HeaderName}: {Describe(check)}",
                    statusCode: missing ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden));
        }
        if (!WebhookPayloadParser.TryParse(body.Value, out var payload, out var error))
        {
            Log.Malformed(logger, error!);
            return (WebhookRequestResult.Malformed, Results.Text(error, statusCode: StatusCodes.Status400BadRequest));
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            var summary = await applier.ApplyAsync(payload!, cancellationToken);
            Log.Applied(logger, summary);
            return (WebhookRequestResult.Applied, Results.Text("ok"));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            Log.RedisFailed(logger, ex.GetType().Name, ex);
            return (WebhookRequestResult.RedisUnavailable,
                Results.Text("not applied: Redis unavailable, retry later", statusCode: StatusCodes.Status503ServiceUnavailable));
        }
        finally
        {
            metrics.ApplyCompleted(Stopwatch.GetElapsedTime(started));
        }
    }

    private static string Describe(SignatureCheck check) => check switch
    {
        SignatureCheck.Missing => "missing",
        SignatureCheck.Malformed => "malformed, expected sha256=<64 hex digits>",
        _ => "does not match the body",
    };
}
