namespace WhatsAppCampaigns.Redis.Coordination.Fencing;

/// <summary>A fencing token could not be issued: too few lock instances answered. The lock must not be used.</summary>
public class FencingTokenException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public FencingTokenException() { }

    /// <summary>Creates an exception with a message.</summary>
    public FencingTokenException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public FencingTokenException(string message, Exception? innerException) : base(message, innerException) { }
}
