namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>A scenario (file, configuration or admin request) that cannot be used; the message names the field.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScenarioException() { }

    /// <summary>Creates the exception with a message naming the field.</summary>
    public ScenarioException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ScenarioException(string message, Exception innerException) : base(message, innerException) { }
}
