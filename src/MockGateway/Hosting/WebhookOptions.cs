using System.ComponentModel.DataAnnotations;

namespace WhatsAppCampaigns.MockGateway.Hosting;

/// <summary>Where webhooks go and how hard the dispatcher tries.</summary>
public sealed class WebhookOptions
{
    /// <summary>The receiver's URL. Null (default) turns webhooks off: nothing is queued or posted.</summary>
    public Uri? CallbackUrl { get; set; }

    /// <summary>The app secret keying <c>X-Hub-Signature-256</c>. Never printed.</summary>
    public string AppSecret { get; set; } = "mock-app-secret";

    /// <summary>Messages waiting for their webhooks before the send path has to wait (never drops). Default 200,000.</summary>
    [Range(1, 10_000_000)]
    public int QueueCapacity { get; set; } = 200_000;

    /// <summary>POSTs in flight at once; each message's webhooks stay on one lane, in order. Default 4.</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 4;

    /// <summary>Statuses or messages batched into one POST (Meta usually sends one). Default 1.</summary>
    [Range(1, 1000)]
    public int MaxBatchSize { get; set; } = 1;

    /// <summary>A POST not answered within this is a failure and is retried (Meta: a few seconds). Default 5 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First retry delay; doubled per attempt up to <see cref="MaxRetryDelay"/>. Default 1 s.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The cap on the retry delay. Default 1 min.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts per POST before it is abandoned (counted and logged). Default 20.</summary>
    [Range(1, 10_000)]
    public int MaxAttempts { get; set; } = 20;

    /// <inheritdoc/>
    public override string ToString() =>
        $"Webhooks({CallbackUrl?.ToString() ?? "off"}, lanes={Concurrency}, batch={MaxBatchSize}, attempts={MaxAttempts})";
}
