namespace Kube.TestApiServer.Internal;

/// <summary>Query options of a write: fieldManager, dryRun, fieldValidation and force.</summary>
internal sealed record WriteOptions(string FieldManager, bool DryRun, string FieldValidation, bool Force)
{
    public static readonly WriteOptions Default = new("unknown", false, "Warn", false);
}
