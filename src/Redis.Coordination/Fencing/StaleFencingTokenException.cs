using System.Globalization;

namespace WhatsAppCampaigns.Redis.Coordination.Fencing;

/// <summary>A write carried a fencing token older than the newest one the store has seen: its lock was lost.</summary>
public class StaleFencingTokenException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public StaleFencingTokenException() { }

    /// <summary>Creates an exception with a message.</summary>
    public StaleFencingTokenException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public StaleFencingTokenException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for a rejected token.</summary>
    public StaleFencingTokenException(long token, long highestSeen)
        : base(string.Create(CultureInfo.InvariantCulture, $"Write rejected: fencing token {token} is older than {highestSeen}, the newest seen; the lock it came from was lost"))
    {
        Token = token;
        HighestSeen = highestSeen;
    }

    /// <summary>The rejected token.</summary>
    public long Token { get; }

    /// <summary>The newest token the store had seen.</summary>
    public long HighestSeen { get; }
}
