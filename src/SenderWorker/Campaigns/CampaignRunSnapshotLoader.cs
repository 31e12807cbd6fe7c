using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.SenderWorker.Campaigns;

/// <summary>
/// Finds the run snapshot: inline JSON in <see cref="JsonVariable"/>, or a file named by
/// <see cref="FileVariable"/> (a mounted ConfigMap, for instance). Until the operator issue decides
/// how it hands the snapshot over, both are supported; the inline variable wins when both are set.
/// </summary>
public static class CampaignRunSnapshotLoader
{
    /// <summary>Environment variable holding the snapshot JSON itself.</summary>
    public const string JsonVariable = "SENDER_RUN_SNAPSHOT";

    /// <summary>Environment variable holding the path of a file with the snapshot JSON.</summary>
    public const string FileVariable = "SENDER_RUN_SNAPSHOT_FILE";

    /// <summary>Reads and validates a snapshot file.</summary>
    /// <exception cref="CampaignSnapshotException">Missing file, bad JSON or an invalid field.</exception>
    public static async Task<CampaignRunSnapshot> FromFileAsync(string path, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CampaignSnapshotException($"cannot read the run snapshot file '{path}': {ex.Message}", ex);
        }
        return Validated(CampaignRunSnapshotJson.Deserialize(json, path), path);
    }

    /// <summary>Reads and validates the snapshot named by the environment.</summary>
    /// <param name="getVariable">Reads an environment variable (injected so tests need no process state).</param>
    /// <param name="cancellationToken">Cancels reading a file.</param>
    /// <exception cref="CampaignSnapshotException">Neither variable is set, or the snapshot is invalid.</exception>
    public static async Task<CampaignRunSnapshot> FromEnvironmentAsync(Func<string, string?> getVariable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        if (getVariable(JsonVariable) is { Length: > 0 } json)
            return Validated(CampaignRunSnapshotJson.Deserialize(json, $"${JsonVariable}"), $"${JsonVariable}");
        if (getVariable(FileVariable) is { Length: > 0 } path)
            return await FromFileAsync(path, cancellationToken);
        throw new CampaignSnapshotException(
            $"no campaign run snapshot: set {JsonVariable} to its JSON or {FileVariable} to a file holding it");
    }

    private static CampaignRunSnapshot Validated(CampaignRunSnapshot snapshot, string origin)
    {
        var errors = CampaignRunSnapshotValidator.Validate(snapshot);
        return errors.Count == 0
            ? snapshot
            : throw new CampaignSnapshotException($"{origin}: invalid run snapshot: {string.Join("; ", errors)}");
    }
}
