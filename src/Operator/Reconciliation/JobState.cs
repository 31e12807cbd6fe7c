using k8s.Models;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>Reading a Job's status the way the Job controller writes it. Pure.</summary>
public static class JobState
{
    /// <summary>Complete=True.</summary>
    public static bool Succeeded(V1Job job) => HasTrue(job, "Complete");

    /// <summary>Failed=True.</summary>
    public static bool Failed(V1Job job) => HasTrue(job, "Failed");

    /// <summary>Finished either way (only the final conditions count: pods may still run under the *Target ones).</summary>
    public static bool Finished(V1Job job) => Succeeded(job) || Failed(job);

    /// <summary>spec.suspend is true.</summary>
    public static bool Suspended(V1Job job) => job?.Spec?.Suspend == true;

    /// <summary>The Failed condition's message, if any.</summary>
    public static string? FailureMessage(V1Job job) =>
        job?.Status?.Conditions?.FirstOrDefault(c => c.Type == "Failed" && c.Status == "True") is { } c ? $"{c.Reason}: {c.Message}" : null;

    private static bool HasTrue(V1Job job, string type) =>
        job?.Status?.Conditions?.Any(c => c.Type == type && c.Status == "True") == true;
}
