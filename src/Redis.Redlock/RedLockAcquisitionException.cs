namespace Redis.Redlock;

/// <summary>
/// Thrown by <see cref="RedLockExtensions.EnsureAcquired"/> when a lock was not acquired; the message
/// names the resource, the status, the quorum and each failing instance's error.
/// </summary>
public class RedLockAcquisitionException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public RedLockAcquisitionException() { }

    /// <summary>Creates an exception with a message.</summary>
    public RedLockAcquisitionException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public RedLockAcquisitionException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for a lock that was not acquired.</summary>
    public RedLockAcquisitionException(string resource, RedLockStatus status, string message) : base(message)
    {
        Resource = resource;
        Status = status;
    }

    /// <summary>The resource that could not be locked.</summary>
    public string? Resource { get; }

    /// <summary>The lock's status.</summary>
    public RedLockStatus Status { get; }
}
