using System.Globalization;

namespace WhatsAppCampaigns.SenderWorker.Progress;

/// <summary>The final one-line summary and exit code of a run. Pure.</summary>
internal static class RunSummary
{
    /// <summary>"sender shop/spring-sale: done: 100 rows: ..." or "...: stopped (retry later): reason; counts".</summary>
    public static string Line(string campaign, RunResult result, string? reason, ProgressSnapshot counts)
    {
        var state = result switch
        {
            RunResult.Done => "done",
            RunResult.RetryLater => "stopped, retry later",
            _ => "stopped, configuration wrong (do not retry)",
        };
        var text = reason is null ? $"{counts}" : $"{reason}; {counts}";
        return string.Create(CultureInfo.InvariantCulture, $"sender {campaign}: {state}: {text}");
    }

    /// <summary>A finished run with nothing valid to send is a configuration problem, not a success.</summary>
    public static RunResult ForFinished(ProgressSnapshot counts) =>
        counts.Valid == 0 ? RunResult.ConfigurationWrong : RunResult.Done;
}
