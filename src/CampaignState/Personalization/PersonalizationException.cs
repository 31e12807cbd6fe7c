namespace WhatsAppCampaigns.CampaignState.Personalization;

/// <summary>
/// The message cannot be personalized for any recipient (a syntax error, or a variable no column or
/// default provides): a campaign-level error, raised before the first row is read, naming the field.
/// </summary>
public sealed class PersonalizationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PersonalizationException() { }

    /// <summary>Creates the exception with a message naming the field and variable.</summary>
    public PersonalizationException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PersonalizationException(string message, Exception innerException) : base(message, innerException) { }
}
