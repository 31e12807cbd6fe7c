namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>A change the planner wants made.</summary>
public abstract record PlannedAction;

/// <summary>Create the run's snapshot (unless it exists) and its Job (unless it exists); AlreadyExists is success.</summary>
/// <param name="Run">The run.</param>
/// <param name="Resume">The run existed before (its Job vanished or was replaced): this continues it.</param>
public sealed record StartRun(RunSlot Run, bool Resume) : PlannedAction;

/// <summary>Set a Job's spec.suspend: the sender gets SIGTERM and stops cleanly; false starts a new pod that resumes.</summary>
/// <param name="JobName">The Job.</param>
/// <param name="Suspend">The new value.</param>
/// <param name="Why">Why, for the event.</param>
public sealed record SetJobSuspended(string JobName, bool Suspend, string Why) : PlannedAction;

/// <summary>Delete a Job with its pods (concurrencyPolicy Replace).</summary>
/// <param name="JobName">The Job.</param>
public sealed record DeleteJob(string JobName) : PlannedAction;
