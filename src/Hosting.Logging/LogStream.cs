namespace WhatsAppCampaigns.Hosting.Logging;

/// <summary>Where a program's log lines go.</summary>
public enum LogStream
{
    /// <summary>Standard output (the servers).</summary>
    StandardOutput,

    /// <summary>Standard error, every level: standard output carries something else (the sender's summary line).</summary>
    StandardError,
}
