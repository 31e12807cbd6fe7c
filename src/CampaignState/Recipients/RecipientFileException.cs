namespace WhatsAppCampaigns.CampaignState.Recipients;

/// <summary>
/// The recipients file as a whole cannot be used (empty, binary, no phone column, unreachable):
/// a campaign-level error that names the file, and the row or column when there is one.
/// </summary>
public sealed class RecipientFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RecipientFileException() { }

    /// <summary>Creates the exception with a message.</summary>
    public RecipientFileException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public RecipientFileException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for a named file.</summary>
    /// <param name="file">The file as people know it, e.g. "ConfigMap shop/contacts key list.csv".</param>
    /// <param name="problem">What is wrong, in plain words.</param>
    /// <param name="innerException">The cause, if any.</param>
    public RecipientFileException(string file, string problem, Exception? innerException = null)
        : base($"{file}: {problem}", innerException)
    {
        File = file;
        Problem = problem;
    }

    /// <summary>The file as people know it.</summary>
    public string? File { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string? Problem { get; }
}
