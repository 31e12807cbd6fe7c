namespace Kube.TestApiServer.Internal;

/// <summary>DELETE options from the query and/or the DeleteOptions body.</summary>
internal sealed record DeleteOptions(string? PropagationPolicy, string? PreconditionUid, string? PreconditionResourceVersion, bool DryRun);
