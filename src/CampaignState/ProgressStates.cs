namespace WhatsAppCampaigns.CampaignState;

/// <summary>The values of the progress hash's <see cref="ProgressFields.State"/> field, written by the sender, read by the operator.</summary>
public static class ProgressStates
{
    /// <summary>The sender has started and not yet opened its list.</summary>
    public const string Starting = "starting";

    /// <summary>The sender holds the session and sends.</summary>
    public const string Sending = "sending";

    /// <summary>Every row has a terminal outcome.</summary>
    public const string Done = "done";

    /// <summary>Stopped; the Job retries (gateway down, lock lost, Redis unreachable, shutdown).</summary>
    public const string RetryLater = "retryLater";

    /// <summary>Stopped for good; the campaign's configuration must change.</summary>
    public const string ConfigurationWrong = "configurationWrong";
}
