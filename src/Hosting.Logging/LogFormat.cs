namespace WhatsAppCampaigns.Hosting.Logging;

/// <summary>How log lines are written: the value of <c>Logging:Format</c> (environment <c>Logging__Format</c>).</summary>
public enum LogFormat
{
    /// <summary>One human-readable line per event (the default): time, level, message, then the run context.</summary>
    Text,

    /// <summary>One JSON object per line (Serilog's rendered compact JSON), scope properties as top-level fields.</summary>
    Json,
}
