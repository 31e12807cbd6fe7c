using System.Buffers;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Inspection;
using WhatsAppCampaigns.MockGateway.Rules;
using WhatsAppCampaigns.MockGateway.Scenarios;
using WhatsAppCampaigns.MockGateway.Webhooks;

namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>
/// <c>POST /{version}/{phone-number-id}/messages</c>. Checks run in Meta's order: token and number,
/// body, template, then (for a well-formed request) chaos, throughput, pair rate and messaging
/// limit; an accepted message gets its whole future planned at once and one webhook job queued.
/// </summary>
internal sealed partial class SendMessageEndpoint(
    GatewayState state,
    ScenarioStore scenarios,
    MessageLog log,
    GatewayCounters counters,
    WebhookDispatcher webhooks,
    TimeProvider time,
    IOptions<MockGatewayOptions> options)
{
    private readonly int _maxBody = options.Value.MaxRequestBodyBytes;

    public async Task HandleAsync(HttpContext context)
    {
        counters.Request();
        var error = Authorize(context.Request, out var number);
        var request = new SendRequest();
        if (error is null)
        {
            error = await ReadAsync(context.Request.BodyReader, request, context.RequestAborted);
        }
        var waId = "";
        error ??= SendRequestValidator.Validate(request, out waId);
        TemplateOptions? template = null;
        if (error is null && request.Kind == MessageKind.Template) error = state.Templates.Check(request, out template);
        if (error is not null)
        {
            Reject(context, error);
            return;
        }
        await SendAsync(context, number!, request, waId, template);
    }

    private async Task SendAsync(HttpContext context, NumberState number, SendRequest request, string waId, TemplateOptions? template)
    {
        var now = time.GetUtcNow();
        var nowTicks = now.UtcTicks;
        var scenario = scenarios.Current;
        var pair = number.Pair(waId);
        var userHash = SeededDraw.Hash(waId);
        // Attempts use negative ordinals so their identities never collide with accepted messages'.
        var chaos = ChaosPlanner.Decide(scenario, SeededDraw.Identity(number.IdHash, userHash, -pair.NextAttempt()), state.SinceStart(nowTicks));

        var error = Limit(chaos, number, pair, waId, request.Kind == MessageKind.Template, nowTicks);
        if (error is not null)
        {
            Reject(context, error);
            return;
        }

        var ordinal = pair.NextAccepted();
        var identity = SeededDraw.Identity(number.IdHash, userHash, ordinal);
        var windowOpen = pair.IsWindowOpen(nowTicks);
        var plan = MessageOutcomePlanner.Plan(scenario, identity, waId, request.Kind == MessageKind.Text && !windowOpen);
        var wamid = WamidFactory.Create(waId, identity, state.Epoch);
        var sequence = counters.Accept();
        pair.RecordAccepted(ordinal, identity, nowTicks, plan.FinalStatus, plan.FailureCode);
        // The whole message is built only for the ones who read it: the recent-message ring and webhooks.
        if (log.Enabled || webhooks.Enabled)
        {
            var message = Record(sequence, number, request, waId, wamid, now, plan, chaos.ResetConnection);
            if (webhooks.Enabled)
            {
                var category = template is null ? "service" : CategoryName(template.Category);
                await webhooks.EnqueueAsync(new WebhookJob(message, plan, number.Options.DisplayPhoneNumber, category, template is not null, pair),
                    context.RequestAborted);
            }
        }
        // The answer is late, not the acceptance: a client that gives up has still sent the message,
        // which is the case that makes blind retries duplicate.
        if (chaos.Delay > TimeSpan.Zero && !await DelayAsync(chaos.Delay, context.RequestAborted)) return;
        if (chaos.ResetConnection)
        {
            counters.ConnectionReset();
            context.Abort();
            return;
        }
        var buffer = JsonResponseBuffer.Rent();
        SendResponseWriter.WriteAccepted(buffer.Writer, request.To!, waId, wamid, template is not null);
        buffer.CopyTo(context.Response, StatusCodes.Status200OK);
    }

    /// <summary>The webhook's pricing category; the usual ones without a new string per send.</summary>
    private static string CategoryName(string category) => category switch
    {
        "MARKETING" => "marketing",
        "UTILITY" => "utility",
        "AUTHENTICATION" => "authentication",
        _ => category.ToLowerInvariant(),
    };

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken aborted)
    {
        try
        {
            await Task.Delay(delay, time, aborted);
            return true;
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            return false; // the client gave up waiting; the message stays accepted
        }
    }

    private AcceptedMessage Record(long sequence, NumberState number, SendRequest request, string waId, string wamid, DateTimeOffset now,
        MessagePlan plan, bool reset)
    {
        var isText = request.Kind == MessageKind.Text;
        var message = new AcceptedMessage(sequence, wamid, number.PhoneNumberId, request.To!, waId,
            isText ? "text" : "template", request.TextBody, request.TemplateName, request.TemplateLanguage,
            request.TemplateParameters, request.BizOpaqueCallbackData, now, StatusEvent.Name(plan.FinalStatus),
            plan.FailureCode == 0 ? null : plan.FailureCode, reset);
        log.Add(message);
        return message;
    }
}
