namespace WhatsAppCampaigns.Operator.Progress;

/// <summary>Reads run progress from, and removes a campaign's keys in, the senders' Redis.</summary>
public interface IRunProgressStore
{
    /// <summary>The run's progress; null when the sender has published nothing yet.</summary>
    Task<RunProgress?> ReadAsync(string @namespace, string campaign, string runId, CancellationToken cancellationToken);

    /// <summary>Deletes every key of the campaign's dedupe scope; returns how many were deleted.</summary>
    Task<long> DeleteCampaignKeysAsync(string @namespace, string campaign, CancellationToken cancellationToken);

    /// <summary>Round trip to Redis, for readiness.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
