using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Dedupe;
using WhatsAppCampaigns.SenderWorker.Gateway;
using WhatsAppCampaigns.SenderWorker.Progress;
using WhatsAppCampaigns.SenderWorker.Recipients.Planning;

namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>
/// Sends one claimed recipient until its outcome is settled: retries what the classifier calls
/// retryable (Polly: exponential backoff with full jitter, initial/max/attempts from the snapshot's delivery),
/// waits out an open circuit, slows the session on throughput errors. A gateway that is down never
/// fails a recipient; a lost reply is never re-sent under the at-most-once policy.
/// </summary>
internal sealed class RecipientSender
{
    private readonly ICloudApiClient _client;
    private readonly GatewayCircuit _circuit;
    private readonly Pacer _pacer;
    private readonly SendPolicy _options;
    private readonly ProgressCounters _counters;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<GatewayReply> _retry;

    private static readonly ResiliencePropertyKey<string> RecipientKey = new("recipient");

    public RecipientSender(ICloudApiClient client, GatewayCircuit circuit, Pacer pacer, SendPolicy options,
        ProgressCounters counters, TimeProvider time, ILogger logger)
    {
        _client = client;
        _circuit = circuit;
        _pacer = pacer;
        _options = options;
        _counters = counters;
        _logger = logger;
        _retry = new ResiliencePipelineBuilder<GatewayReply> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<GatewayReply>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } reply && IsRetried(ErrorClassifier.Classify(reply))),
                MaxRetryAttempts = Math.Max(0, options.RetryAttempts - 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryInitialDelay,
                MaxDelay = options.RetryMaxDelay,
                OnRetry = args =>
                {
                    OnRetried(args.Outcome.Result!, args.Context.Properties.GetValue(RecipientKey, ""));
                    return default;
                },
            })
            .Build();
    }

    /// <summary>Whether the retry strategy repeats a reply of this class.</summary>
    public static bool IsRetried(ErrorClass errorClass) =>
        errorClass is ErrorClass.Unavailable or ErrorClass.Throttle or ErrorClass.RecipientThrottle;

    /// <summary>Sends until settled.</summary>
    /// <param name="e164">Recipient.</param>
    /// <param name="message">Personalized message.</param>
    /// <param name="callbackData">biz_opaque_callback_data.</param>
    /// <param name="due">The slot the dispatcher booked for the first attempt.</param>
    /// <param name="stopping">Cancelled to stop starting attempts (shutdown, lost lock, campaign stop).</param>
    /// <param name="abandon">Cancelled when even an attempt on the wire must be abandoned (grace over).</param>
    public async Task<SendOutcome> SendAsync(string e164, CampaignMessage message, string callbackData, DateTimeOffset due,
        CancellationToken stopping, CancellationToken abandon)
    {
        var attempt = 0;
        while (true)
        {
            GatewayReply reply;
            // The context carries the recipient to OnRetry, which logs it masked.
            var context = ResilienceContextPool.Shared.Get(stopping);
            context.Properties.Set(RecipientKey, e164);
            try
            {
                reply = await _retry.ExecuteAsync(async ctx =>
                {
                    await _circuit.WaitClosedAsync(ctx.CancellationToken);
                    // The first attempt goes in the slot the dispatcher booked; a retry books its own.
                    if (attempt++ > 0) await _pacer.WaitAsync(ctx.CancellationToken);
                    else await _pacer.WaitUntilAsync(due, ctx.CancellationToken);
                    return await _client.SendAsync(e164, message, callbackData, abandon);
                }, context);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested && !abandon.IsCancellationRequested)
            {
                // Only waits were cancelled: every earlier attempt was refused, so nothing was sent.
                return new SendOutcome(SendOutcomeKind.NotSent, null, "stopped before it was sent");
            }
            catch (OperationCanceledException) when (abandon.IsCancellationRequested)
            {
                return new SendOutcome(SendOutcomeKind.Unknown, null, "abandoned at shutdown while on the wire");
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
            switch (ErrorClassifier.Classify(reply))
            {
                case ErrorClass.Success:
                    _circuit.ReportSuccess();
                    return new SendOutcome(SendOutcomeKind.Sent, reply);
                case ErrorClass.RecipientPermanent:
                    _circuit.ReportSuccess();
                    return new SendOutcome(SendOutcomeKind.Failed, reply);
                case ErrorClass.RecipientThrottle:
                    return new SendOutcome(SendOutcomeKind.Failed, reply, $"still rate limited for this user after {_options.RetryAttempts} attempts");
                case ErrorClass.CampaignStop:
                    return new SendOutcome(SendOutcomeKind.NotSent, reply, reply.Describe());
                case ErrorClass.LostReply when _options.DeliveryPolicy == DeliveryPolicy.AtMostOnce:
                    return new SendOutcome(SendOutcomeKind.Unknown, reply, reply.Describe());
                default:
                    // Unavailable or throttled past the attempts (the circuit or pacer decides when),
                    // or a lost reply under at-least-once: go round again, never fail the recipient.
                    OnRetried(reply, e164);
                    break;
            }
        }
    }

    private void OnRetried(GatewayReply reply, string e164)
    {
        _counters.Retry();
        switch (ErrorClassifier.Classify(reply))
        {
            case ErrorClass.Unavailable:
                _circuit.ReportFailure(reply);
                break;
            case ErrorClass.Throttle:
                _pacer.SlowDown();
                break;
        }
        if (_logger.IsEnabled(LogLevel.Debug)) Log.SendRetried(_logger, PhoneMask.Mask(e164), reply.Describe());
    }
}
