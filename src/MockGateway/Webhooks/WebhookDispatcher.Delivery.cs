using System.Net.Http.Headers;
using System.Threading.Channels;
using WhatsAppCampaigns.MockGateway.Endpoints;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>The lanes: each posts its batches one at a time, signing the exact bytes, and schedules retries.</summary>
internal sealed partial class WebhookDispatcher
{
    private static readonly MediaTypeHeaderValue JsonType = MediaTypeHeaderValue.Parse("application/json");

    private async Task RunLaneAsync(ChannelReader<PendingPost> lane, CancellationToken ct)
    {
        try
        {
            await foreach (var post in lane.ReadAllAsync(ct))
                await DeliverAsync(post, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task DeliverAsync(PendingPost post, CancellationToken ct)
    {
        if (post.Body is null)
        {
            post.Body = Build(post.Events);
            post.Signature = WebhookSignature.Compute(_options.AppSecret, post.Body);
        }
        post.Attempts++;
        string failure;
        try
        {
            using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
            using var request = new HttpRequestMessage(HttpMethod.Post, _options.CallbackUrl);
            request.Content = new ByteArrayContent(post.Body);
            request.Content.Headers.ContentType = JsonType;
            request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, post.Signature);
            request.Headers.TryAddWithoutValidation("User-Agent", "facebookexternalua");
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (response.IsSuccessStatusCode)
            {
                _counters.WebhookPosted(post.Events.Count);
                return;
            }
            failure = $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException ex)
        {
            failure = ex.Message;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            failure = $"no answer within {_options.RequestTimeout.TotalSeconds:0.###} s";
        }
        Retry(post, failure);
    }

    private void Retry(PendingPost post, string failure)
    {
        _counters.WebhookFailed();
        if (post.Attempts >= _options.MaxAttempts)
        {
            _counters.WebhookAbandoned(post.Events.Count);
            Log.WebhookAbandoned(_logger, post.Events.Count, post.Attempts, failure);
            return;
        }
        var delay = TimeSpan.FromTicks(Math.Min(_options.MaxRetryDelay.Ticks,
            _options.InitialRetryDelay.Ticks * (1L << Math.Min(post.Attempts - 1, 30))));
        post.DueTicks = _time.GetUtcNow().UtcTicks + delay.Ticks;
        Log.WebhookRetry(_logger, post.Events.Count, post.Attempts, failure, delay);
        _retries.Writer.TryWrite(post); // unbounded: a retry is never lost
    }

    private byte[] Build(List<WebhookEvent> events)
    {
        var buffer = JsonResponseBuffer.Rent();
        WebhookPayloadWriter.Write(buffer.Writer, _businessAccountId, events);
        var bytes = MetaJsonEscaper.Escape(buffer.Written());
        buffer.Return();
        return bytes;
    }
}
