namespace WhatsAppCampaigns.SenderWorker.Progress;

/// <summary>How a run ended, and the process exit code that tells the Job what to do.</summary>
internal enum RunResult
{
    /// <summary>Every row has a terminal outcome. Exit 0.</summary>
    Done = 0,

    /// <summary>Retry later: gateway down past the deadline, lock not acquired or lost, Redis unreachable, shutdown. Exit 75 (EX_TEMPFAIL).</summary>
    RetryLater = 75,

    /// <summary>Do not retry: bad snapshot or file, no phone column, zero valid recipients, credentials refused, campaign-level Cloud API error. Exit 78 (EX_CONFIG).</summary>
    ConfigurationWrong = 78,
}
