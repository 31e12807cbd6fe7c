using System.Buffers;
using System.IO.Pipelines;
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
internal sealed class SendMessageEndpoint(
    GatewayState state,
    ScenarioStore scenarios,
    MessageLog log,
    GatewayCounters counters,
    WebhookDispatcher webhooks,
    TimeProvider time,
    IOptions<MockGatewayOptions> options)
{
    private readonly int _maxBody = options.Value.MaxRequestBodyBytes;
    private readonly bool _record = options.Value.RecordMessages;

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
        if (chaos.Delay > TimeSpan.Zero) await Task.Delay(chaos.Delay, time, context.RequestAborted);

        var error = Limit(chaos, number, pair, waId, request.Kind == MessageKind.Template, nowTicks);
        if (error is not null)
        {
            Reject(context, error);
            return;
        }

        var identity = SeededDraw.Identity(number.IdHash, userHash, pair.NextAccepted());
        var windowOpen = pair.IsWindowOpen(nowTicks);
        var plan = MessageOutcomePlanner.Plan(scenario, identity, waId, request.Kind == MessageKind.Text && !windowOpen);
        var wamid = WamidFactory.Create(waId, identity, state.Epoch);
        var message = Record(number, request, waId, wamid, now, plan, chaos.ResetConnection);
        if (webhooks.Enabled)
        {
            var category = template?.Category.ToLowerInvariant() ?? "service";
            await webhooks.EnqueueAsync(new WebhookJob(message, plan, number.Options.DisplayPhoneNumber, category, template is not null, pair),
                context.RequestAborted);
        }
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

    /// <summary>Chaos first (an outage hits before any rule), then throughput, pair rate and messaging limit.</summary>
    private GraphError? Limit(ChaosDecision chaos, NumberState number, PairState pair, string waId, bool isTemplate, long nowTicks)
    {
        if (chaos.ServerErrorCode != 0)
            return GraphErrors.Create(chaos.ServerErrorCode, "Injected by the scenario: server error burst");
        if (chaos.RateLimitStorm)
            return GraphErrors.Create(GraphErrors.Throughput, "Injected by the scenario: 429 storm");
        if (!number.Throughput.TryAcquire(nowTicks, number.ThroughputInterval, number.ThroughputTolerance))
            return GraphErrors.Create(GraphErrors.Throughput,
                $"Message failed to send because there were too many messages sent from this phone number in a short period of time ({number.Options.ThroughputPerSecond}/s)");
        if (!pair.Rate.TryAcquire(nowTicks, state.PairInterval, state.PairTolerance))
            return GraphErrors.Create(GraphErrors.PairRateLimit,
                "Message failed to send because there were too many messages sent to this user from this phone number in a short period of time");
        // Business-initiated conversations count against the messaging limit; replies inside an open window do not.
        if (isTemplate && !pair.IsWindowOpen(nowTicks) && !state.MessagingLimit.TryCount(waId, nowTicks))
            return GraphErrors.Create(state.Options.MessagingLimitErrorCode,
                $"Messaging limit reached: {state.MessagingLimit.Limit} unique recipients in a moving 24 hours for business {state.Options.BusinessAccountId}");
        return null;
    }

    private AcceptedMessage Record(NumberState number, SendRequest request, string waId, string wamid, DateTimeOffset now,
        MessagePlan plan, bool reset)
    {
        var isText = request.Kind == MessageKind.Text;
        var message = new AcceptedMessage(counters.Accept(), wamid, number.PhoneNumberId, request.To!, waId,
            isText ? "text" : "template", request.TextBody, request.TemplateName, request.TemplateLanguage,
            request.TemplateParameters, request.BizOpaqueCallbackData, now, StatusEvent.Name(plan.FinalStatus),
            plan.FailureCode == 0 ? null : plan.FailureCode, reset);
        if (_record) log.Add(message);
        return message;
    }

    /// <summary>Graph checks the token before the object: an unknown token is 190 whatever the number.</summary>
    private GraphError? Authorize(HttpRequest request, out NumberState? number)
    {
        var numberId = request.RouteValues["phoneNumberId"] as string ?? "";
        state.Numbers.TryGetValue(numberId, out number);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length == 7)
            return GraphErrors.Create(GraphErrors.InvalidToken, "An active access token must be used (Authorization: Bearer <token>)");
        var token = header.AsSpan(7).Trim();
        if (number is not null && token.SequenceEqual(number.Options.AccessToken)) return null;
        if (!state.Tokens.Contains(token.ToString()))
            return GraphErrors.Create(GraphErrors.InvalidToken, "The access token could not be decrypted or is not registered with the mock",
                GraphErrors.InvalidTokenSubcode);
        return new GraphError(400, GraphErrors.InvalidParameter, GraphErrors.ObjectDoesNotExistSubcode,
            $"Unsupported post request. Object with ID '{numberId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation",
            "The phone number id is not registered with the mock, or the token belongs to another number", "GraphMethodException");
    }

    private async Task<GraphError?> ReadAsync(PipeReader reader, SendRequest request, CancellationToken ct)
    {
        while (true)
        {
            var result = await reader.ReadAsync(ct);
            var buffer = result.Buffer;
            if (buffer.Length > _maxBody)
            {
                reader.AdvanceTo(buffer.End);
                return SendRequestParser.Invalid($"the request body is larger than {_maxBody} bytes");
            }
            if (result.IsCompleted)
            {
                var error = SendRequestParser.Parse(buffer, request);
                reader.AdvanceTo(buffer.End);
                return error;
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private void Reject(HttpContext context, GraphError error)
    {
        counters.Reject(error.Code);
        var buffer = JsonResponseBuffer.Rent();
        SendResponseWriter.WriteError(buffer.Writer, error, state.NextTraceId());
        buffer.CopyTo(context.Response, error.HttpStatus);
    }
}
