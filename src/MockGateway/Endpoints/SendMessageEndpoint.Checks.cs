using System.IO.Pipelines;
using WhatsAppCampaigns.MockGateway.Rules;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>The checks that can refuse a send: token and number, body, limits; and the error answer.</summary>
internal sealed partial class SendMessageEndpoint
{
    /// <summary>Chaos first (an outage hits before any rule), then throughput, pair rate and messaging limit.</summary>
    private GraphError? Limit(ChaosDecision chaos, NumberState number, PairState pair, string waId, bool isTemplate, long nowTicks)
    {
        if (chaos.ServerErrorCode != 0)
            return GraphErrors.Create(chaos.ServerErrorCode, "Injected by the scenario: server error burst");
        if (chaos.RateLimitStorm)
            return GraphErrors.Create(GraphErrors.Throughput, "Injected by the scenario: 429 storm");
        if (!number.Throughput.TryAcquire(nowTicks))
            return GraphErrors.Create(GraphErrors.Throughput,
                $"Message failed to send because there were too many messages sent from this phone number in a short period of time ({number.Options.ThroughputPerSecond}/s)");
        if (!pair.TryAcquireRate(nowTicks, state.PairInterval, state.PairTolerance))
            return GraphErrors.Create(GraphErrors.PairRateLimit,
                "Message failed to send because there were too many messages sent to this user from this phone number in a short period of time");
        // Business-initiated conversations count against the messaging limit; replies inside an open window do not.
        if (isTemplate && !pair.IsWindowOpen(nowTicks) && !state.MessagingLimit.TryCount(waId, nowTicks))
            return GraphErrors.Create(state.Options.MessagingLimitErrorCode,
                $"Messaging limit reached: {state.MessagingLimit.Limit} unique recipients in a moving 24 hours for business {state.Options.BusinessAccountId}");
        return null;
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
