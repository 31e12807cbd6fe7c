namespace Charts.Tests;

/// <summary>
/// The one list of what the operator does with the Kubernetes API, derived from its code. The chart's
/// RBAC must grant exactly this (RbacTests); each row cites the call that needs it (checked against the
/// source), and RbacTests also scans the operator for API calls on kinds this table does not cover.
/// </summary>
internal static class OperatorPermissions
{
    private const string Group = "whatsapp.campaigns.dev";
    private const string Registration = "src/Operator/Hosting/ServiceCollectionExtensions.cs";
    private const string Informer = "src/Kube.Operator/Informer/ResourceInformer{TEntity}.cs";
    private const string Writes = "src/Kube.Operator/Status/EntityWriteExtensions.cs";
    private const string Reader = "src/Operator/Reconciliation/ObservedStateReader.cs";
    private const string Applier = "src/Operator/Reconciliation/PlanApplier.cs";
    private const string Recorder = "src/Kube.Operator/Events/KubernetesEventRecorder.cs";
    private const string Elector = "src/Kube.Operator/LeaderElection/LeaderElector.cs";

    /// <summary>In every namespace the operator watches (ClusterRole, or a Role per watched namespace).</summary>
    public static readonly IReadOnlyList<OperatorPermission> Watched =
    [
        // Each controller's informer lists and watches its kind.
        new(Group, "whatsappcampaigns", "list watch", Registration, ".AddController<WhatsAppCampaignReconciler, V1WhatsAppCampaign>()"),
        new(Group, "whatsappcampaigns", "list watch", Informer, "_client.WatchEventsAsync<TEntity>(_options.Namespace"),
        // A write that meets 409 Conflict reads the object again.
        new(Group, "whatsappcampaigns", "get", Writes, "await client.GetAsync<TEntity>(entity.Metadata.Name!"),
        // The cleanup finalizer is added and removed with a conditional merge patch.
        new(Group, "whatsappcampaigns", "patch", Writes, "client.MergePatchAsync<TEntity>(current.Metadata.Name!"),
        new(Group, "whatsappcampaigns", "patch", Registration, ".AddFinalizer<CampaignFinalizer, V1WhatsAppCampaign>("),
        // Status through the status subresource (PUT .../status).
        new(Group, "whatsappcampaigns/status", "update", "src/Operator/Reconciliation/WhatsAppCampaignReconciler.cs", "client.ReconcileStatusAsync(entity"),
        new(Group, "whatsappcampaigns/status", "update", Writes, "client.UpdateStatusAsync(candidate"),
        // Jobs and snapshots are owned with blockOwnerDeletion, which the OwnerReferencesPermissionEnforcement
        // admission plugin allows only to those who may update the owner's finalizers.
        new(Group, "whatsappcampaigns/finalizers", "update", "src/Operator/Reconciliation/SenderJobBuilder.cs", "BlockOwnerDeletion = true"),
        new(Group, "whatsappsessions", "list watch", Registration, ".AddController<WhatsAppSessionReconciler, V1WhatsAppSession>()"),
        new(Group, "whatsappsessions", "get", Reader, "client.GetAsync<V1WhatsAppSession>(spec.SessionRef.Name"),
        // /healthz/ready lists at most one session where the operator works (never another namespace).
        new(Group, "whatsappsessions", "list", "src/Operator/Hosting/HealthEndpoints.cs", "kube.ListAsync<V1WhatsAppSession>(settings.Namespace"),
        new(Group, "whatsappsessions/status", "update", "src/Operator/Reconciliation/WhatsAppSessionReconciler.cs", "client.ReconcileStatusAsync(entity"),
        // Sender Jobs: watched for their owner, listed per campaign, created, suspended, deleted.
        new("batch", "jobs", "list watch", Registration, ".WatchOwned<V1WhatsAppCampaign, V1Job>()"),
        new("batch", "jobs", "list", Reader, "client.ListAsync<V1Job>(ns, selector"),
        new("batch", "jobs", "create", Applier, "SenderJobBuilder.Job(campaign, session"),
        new("batch", "jobs", "patch", Applier, "client.MergePatchAsync<V1Job>(suspend.JobName"),
        new("batch", "jobs", "delete", Applier, "client.DeleteAsync<V1Job>(delete.JobName"),
        new("batch", "jobs", "delete", "src/Operator/Finalizers/CampaignFinalizer.cs", "client.DeleteAsync<V1Job>(job.Metadata.Name!"),
        // Recipient ConfigMaps are read for their header; run snapshots are created and listed.
        new("", "configmaps", "get", Reader, "client.GetAsync<V1ConfigMap>(cm.Name"),
        new("", "configmaps", "list", Reader, "client.ListAsync<V1ConfigMap>(ns"),
        new("", "configmaps", "create", Applier, "CreateIdempotentAsync(SenderJobBuilder.Snapshot("),
        // The snapshot's UID (owner of the run's Redis Secret) when an earlier pass created it.
        new("", "configmaps", "get", Applier, "client.GetAsync<V1ConfigMap>(RunNaming.SnapshotName(start.Run.JobName)"),
        // The session's token and Secret recipient sources.
        new("", "secrets", "get", "src/Operator/Reconciliation/WhatsAppSessionReconciler.cs", "client.GetAsync<V1Secret>(tokenRef.Name"),
        new("", "secrets", "get", Reader, "client.GetAsync<V1Secret>(name, ns"),
        // Each run's Redis Secret (the Redis password stays out of the Job): created before the Job;
        // one left by an earlier pass is read and, if the configuration changed, updated.
        new("", "secrets", "create", Applier, "EnsureRedisSecretAsync(SenderJobBuilder.RedisSecret(campaign"),
        new("", "secrets", "get", Applier, "client.GetAsync<V1Secret>(secret.Metadata.Name!"),
        new("", "secrets", "update", Applier, "await client.UpdateAsync(current, ct)"),
        // Events are aggregated by name: read, then created or updated.
        new("", "events", "get", Recorder, "client.GetAsync<Corev1Event>(name, ns"),
        new("", "events", "create", Recorder, "client.CreateAsync(new Corev1Event"),
        new("", "events", "update", Recorder, "client.UpdateAsync(existing"),
    ];

    /// <summary>The leader-election Lease in the release namespace (get and update limited to its name).</summary>
    public static readonly IReadOnlyList<OperatorPermission> Lease =
    [
        new("coordination.k8s.io", "leases", "get", Elector, "client.GetAsync<V1Lease>(Options.LeaseName"),
        new("coordination.k8s.io", "leases", "create", Elector, "client.CreateAsync(new V1Lease"),
        new("coordination.k8s.io", "leases", "update", Elector, "client.UpdateAsync(lease"),
    ];

    /// <summary>Which resource each client model type the operator passes to the client stands for.</summary>
    public static readonly IReadOnlyDictionary<string, (string Group, string Resource)> ResourceOfType = new Dictionary<string, (string, string)>
    {
        ["V1WhatsAppCampaign"] = (Group, "whatsappcampaigns"),
        ["V1WhatsAppSession"] = (Group, "whatsappsessions"),
        ["V1Job"] = ("batch", "jobs"),
        ["V1ConfigMap"] = ("", "configmaps"),
        ["V1Secret"] = ("", "secrets"),
        ["Corev1Event"] = ("", "events"),
        ["V1Lease"] = ("coordination.k8s.io", "leases"),
    };

    /// <summary>Every row.</summary>
    public static IEnumerable<OperatorPermission> All => Watched.Concat(Lease);
}
