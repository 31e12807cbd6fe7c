using System.Collections.Concurrent;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Gateway;

namespace WhatsAppCampaigns.SenderWorker.Tests.TestData;

/// <summary>
/// An in-process Cloud API for fast sender runs: accepts every send (a wamid per message) except
/// numbers given a permanent error code, and keeps every send with its callback data.
/// </summary>
internal sealed class RecordingCloudApi : ICloudApiClient
{
    private readonly ConcurrentQueue<(string To, string CallbackData)> _sends = new();
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _next;

    public IReadOnlyList<(string To, string CallbackData)> Sends => [.. _sends];

    /// <summary>Sends to <paramref name="e164"/> fail with <paramref name="code"/> (a per-recipient permanent error such as 131026).</summary>
    public RecordingCloudApi FailingWith(string e164, int code)
    {
        _errors[e164] = code;
        return this;
    }

    public Task<GatewayReply> SendAsync(string e164, CampaignMessage message, string callbackData, CancellationToken cancellationToken)
    {
        _sends.Enqueue((e164, callbackData));
        return Task.FromResult(_errors.TryGetValue(e164, out var code)
            ? GatewayReply.Error(400, code, $"error {code}")
            : GatewayReply.Accepted($"wamid.{Interlocked.Increment(ref _next)}"));
    }

    public Task<GatewayReply> PreflightAsync(CancellationToken cancellationToken) =>
        Task.FromResult(GatewayReply.Error(400, 131008, "Required parameter is missing"));
}
