namespace Charts.Tests.Support;

/// <summary>What one helm invocation did.</summary>
internal sealed record HelmResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Both streams, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}
