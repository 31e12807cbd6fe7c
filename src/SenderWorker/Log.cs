using Microsoft.Extensions.Logging;

namespace WhatsAppCampaigns.SenderWorker;

/// <summary>Log messages of the sender; ids by area: 1xx run, 2xx gateway, 3xx sending.</summary>
internal static partial class Log
{
    [LoggerMessage(101, LogLevel.Information, "Session {Session} locked with fencing token {FencingToken} by {Holder}")]
    public static partial void LockAcquired(ILogger logger, string session, long fencingToken, string holder);

    [LoggerMessage(102, LogLevel.Information, "{Summary}")]
    public static partial void RunDone(ILogger logger, string summary);

    [LoggerMessage(103, LogLevel.Error, "{Summary}")]
    public static partial void RunStopped(ILogger logger, string summary);

    [LoggerMessage(104, LogLevel.Warning, "Progress not written at the end: {Reason}")]
    public static partial void ProgressNotWritten(ILogger logger, string reason);

    [LoggerMessage(105, LogLevel.Warning, "The finished run's first-rows hash {Key} was not deleted ({Reason}); it expires by itself")]
    public static partial void FirstRowsNotDeleted(ILogger logger, string key, string reason);

    [LoggerMessage(201, LogLevel.Warning, "Gateway unavailable ({Reply}): sends wait for it, for up to {Deadline}")]
    public static partial void GatewayUnavailable(ILogger logger, string reply, TimeSpan deadline);

    [LoggerMessage(202, LogLevel.Information, "Gateway answers again after {Downtime}; sending resumes")]
    public static partial void GatewayBack(ILogger logger, TimeSpan downtime);

    /// <param name="recipient">Masked (<c>PhoneMask.Mask</c>): a whole number is never logged.</param>
    [LoggerMessage(301, LogLevel.Debug, "Send to {Recipient} retried after {Reply}")]
    public static partial void SendRetried(ILogger logger, string recipient, string reply);

    [LoggerMessage(303, LogLevel.Information,
        "memory probe: {Rows} rows: rss {RssMib} MiB, managed {ManagedMib} MiB, heap {HeapMib} MiB, committed {CommittedMib} MiB, fragmented {FragmentedMib} MiB, gen0/1/2/loh/poh after {Generations} MiB, {Gen0Count} gen0 / {Gen2Count} gen2 GCs, {AllocatedMib} MiB allocated")]
    public static partial void MemoryProbe(ILogger logger, long rows, long rssMib, long managedMib, long heapMib, long committedMib,
        long fragmentedMib, string generations, int gen0Count, int gen2Count, long allocatedMib);

    [LoggerMessage(302, LogLevel.Error, "Campaign stopped by a campaign-level Cloud API error: {Reply}")]
    public static partial void CampaignStopped(ILogger logger, string reply);
}
