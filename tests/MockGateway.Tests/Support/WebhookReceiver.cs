using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace WhatsAppCampaigns.MockGateway.Tests.Support;

/// <summary>
/// A webhook receiver on a free loopback port: records every POST's exact bytes and signature
/// header, and can be told to fail the next few POSTs (HTTP 500) to exercise retries.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private int _failNext;
    private volatile string? _holdFor;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WebhookReceiver(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <summary>Every status in arrival order, flattened over POSTs.</summary>
    public IReadOnlyList<ReceivedStatus> Statuses => [.. Received.SelectMany(r => r.Statuses())];

    /// <summary>Every inbound message in arrival order.</summary>
    public IReadOnlyList<ReceivedInbound> Inbound => [.. Received.SelectMany(r => r.Inbound())];

    /// <summary>Keeps every POST mentioning <paramref name="waId"/> unanswered until <see cref="Release"/>.</summary>
    public void Hold(string waId) => _holdFor = waId;

    /// <summary>Answers the held POSTs (and stops holding).</summary>
    public void Release()
    {
        _holdFor = null;
        _release.TrySetResult();
    }

    /// <summary>Answers 500 to the next <paramref name="count"/> POSTs.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failNext, count);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.UseRouting();
        app.MapPost("/webhook", async (HttpRequest request) =>
        {
            using var copy = new MemoryStream();
            await request.Body.CopyToAsync(copy);
            if (receiver._holdFor is { } held && System.Text.Encoding.UTF8.GetString(copy.ToArray()).Contains(held))
                await receiver._release.Task;
            if (Interlocked.Decrement(ref receiver._failNext) >= 0) return Results.StatusCode(500);
            receiver._received.Enqueue(new ReceivedWebhook(copy.ToArray(), request.Headers["X-Hub-Signature-256"].ToString()));
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/webhook");
        return receiver;
    }

    /// <summary>Waits until <paramref name="condition"/> holds for what was received.</summary>
    public Task WaitUntilAsync(Func<WebhookReceiver, bool> condition, string description) =>
        Eventually.UntilAsync(() => condition(this), description);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedWebhook(byte[] Body, string Signature)
{
    public IEnumerable<ReceivedStatus> Statuses()
    {
        using var doc = JsonDocument.Parse(Body);
        var list = new List<ReceivedStatus>();
        foreach (var value in Values(doc))
        {
            if (!value.TryGetProperty("statuses", out var statuses)) continue;
            foreach (var s in statuses.EnumerateArray())
                list.Add(new ReceivedStatus(
                    s.GetProperty("id").GetString()!, s.GetProperty("status").GetString()!,
                    s.GetProperty("recipient_id").GetString()!, long.Parse(s.GetProperty("timestamp").GetString()!),
                    s.TryGetProperty("biz_opaque_callback_data", out var o) ? o.GetString() : null,
                    s.TryGetProperty("errors", out var e) ? e[0].GetProperty("code").GetInt32() : null));
        }
        return list;
    }

    public IEnumerable<ReceivedInbound> Inbound()
    {
        using var doc = JsonDocument.Parse(Body);
        var list = new List<ReceivedInbound>();
        foreach (var value in Values(doc))
        {
            if (!value.TryGetProperty("messages", out var messages)) continue;
            foreach (var m in messages.EnumerateArray())
                list.Add(new ReceivedInbound(
                    m.GetProperty("id").GetString()!, m.GetProperty("from").GetString()!,
                    m.GetProperty("text").GetProperty("body").GetString()!,
                    m.TryGetProperty("context", out var c) ? c.GetProperty("id").GetString() : null));
        }
        return list;
    }

    private static IEnumerable<JsonElement> Values(JsonDocument doc) =>
        doc.RootElement.GetProperty("entry").EnumerateArray()
            .SelectMany(e => e.GetProperty("changes").EnumerateArray())
            .Select(c => c.GetProperty("value").Clone());
}

public sealed record ReceivedStatus(string Id, string Status, string RecipientId, long Timestamp, string? BizOpaque, int? ErrorCode);

public sealed record ReceivedInbound(string Id, string From, string Text, string? ContextId);
