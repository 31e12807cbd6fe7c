using System.Text;
using k8s.Models;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Hosting;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// The sender Job of one run, its immutable snapshot ConfigMap (both owned by the campaign) and
/// its Redis Secret (owned by the snapshot, so it goes with the run). The Job runs one sender (it holds the session lock anyway) under a restricted security
/// context; exit 78 (configuration wrong) fails the Job at once, other failures retry up to the
/// backoff limit; pods disrupted by the cluster do not count. Pure.
/// </summary>
public static class SenderJobBuilder
{
    /// <summary>Container name.</summary>
    public const string ContainerName = "sender";

    /// <summary>Mount root of ConfigMap/Secret recipient sources (the sender's KubernetesObjects directory).</summary>
    public const string ObjectsRoot = "/var/run/whatsapp/objects";

    /// <summary>Directory of the per-recipient outcome file.</summary>
    public const string OutcomesRoot = "/var/run/whatsapp/outcomes";

    /// <summary>The sender's "configuration wrong, do not retry" exit code.</summary>
    public const int ConfigurationErrorExitCode = 78;

    /// <summary>Key of the sender's Redis configuration in the run's Redis Secret (also the env var it becomes).</summary>
    public const string RedisSecretKey = "Redis__Configuration";

    /// <summary>
    /// UID and GID of the sender image: the .NET images' <c>app</c> user (<c>USER $APP_UID</c>, 1654),
    /// so files the image owns and the pod's fsGroup agree.
    /// </summary>
    public const long SenderUserId = 1654;

    /// <summary>The snapshot ConfigMap of a run (immutable: created once, never updated).</summary>
    public static V1ConfigMap Snapshot(V1WhatsAppCampaign campaign, RunSlot run, string snapshotJson)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(run);
        return new V1ConfigMap
        {
            Metadata = Metadata(campaign, RunNaming.SnapshotName(run.JobName), run, "snapshot"),
            Data = new Dictionary<string, string> { [RunNaming.SnapshotKey] = snapshotJson },
            Immutable = true,
        };
    }

    /// <summary>
    /// The run's Secret with the sender's Redis configuration (it may hold the Redis password, so it
    /// never goes into the Job spec, which more people can read). Pods reference only Secrets of their
    /// own namespace, hence one per run in the campaign's namespace, owned by the run's snapshot
    /// ConfigMap (created first, so its UID is known) and garbage-collected with it. Not immutable:
    /// a re-reconcile after a configuration change updates it before the Job exists.
    /// </summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="run">The run.</param>
    /// <param name="snapshot">The run's snapshot ConfigMap as the API server returned it (with its UID).</param>
    /// <param name="redisConfiguration">The sender's Redis configuration string.</param>
    public static V1Secret RedisSecret(V1WhatsAppCampaign campaign, RunSlot run, V1ConfigMap snapshot, string redisConfiguration)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(redisConfiguration);
        var meta = Metadata(campaign, RunNaming.RedisSecretName(run.JobName), run, "redis");
        // No blockOwnerDeletion: it would need update on configmaps/finalizers, and nothing waits on it.
        meta.OwnerReferences =
        [
            new V1OwnerReference { ApiVersion = "v1", Kind = "ConfigMap", Name = snapshot.Metadata.Name, Uid = snapshot.Metadata.Uid, Controller = true },
        ];
        return new V1Secret
        {
            Metadata = meta,
            Type = "Opaque",
            Data = new Dictionary<string, byte[]> { [RedisSecretKey] = Encoding.UTF8.GetBytes(redisConfiguration) },
        };
    }

    /// <summary>The sender Job of a run (its Redis configuration comes from <see cref="RedisSecret"/>).</summary>
    public static V1Job Job(V1WhatsAppCampaign campaign, V1WhatsAppSession session, RunSlot run, SenderJobOptions options,
        bool suspended)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var ns = campaign.Metadata.NamespaceProperty ?? "default";
        var meta = Metadata(campaign, run.JobName, run, "sender");
        var (baseUrl, apiVersion) = SplitApiBase(session.Spec.ApiBaseUrl);
        var env = new List<V1EnvVar>
        {
            Env("SENDER_RUN_SNAPSHOT", new V1EnvVarSource
            {
                ConfigMapKeyRef = new V1ConfigMapKeySelector { Name = RunNaming.SnapshotName(run.JobName), Key = RunNaming.SnapshotKey },
            }),
            Env("Redis__Configuration", new V1EnvVarSource
            {
                SecretKeyRef = new V1SecretKeySelector { Name = RunNaming.RedisSecretName(run.JobName), Key = RedisSecretKey },
            }),
            Env("Gateway__BaseUrl", baseUrl),
            Env("Gateway__ApiVersion", apiVersion),
            Env("Gateway__PhoneNumberId", session.Spec.PhoneNumberId),
            Env("Gateway__AccessToken", new V1EnvVarSource
            {
                SecretKeyRef = new V1SecretKeySelector { Name = session.Spec.TokenSecretRef.Name, Key = session.Spec.TokenSecretRef.Key },
            }),
            Env("KubernetesObjects__Directory", ObjectsRoot),
            Env("Sending__OutcomesPath", $"{OutcomesRoot}/{run.RunId}.csv"),
            // Rate, retries, guarantee and dedupe scope are in the snapshot (SnapshotBuilder), not here.
        };

        var volumes = new List<V1Volume>
        {
            new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource() },
            new V1Volume { Name = "outcomes", EmptyDir = new V1EmptyDirVolumeSource() },
        };
        var mounts = new List<V1VolumeMount>
        {
            new V1VolumeMount { Name = "tmp", MountPath = "/tmp" },
            new V1VolumeMount { Name = "outcomes", MountPath = OutcomesRoot },
        };
        var recipients = campaign.Spec.Recipients;
        if (recipients.ConfigMapKeyRef is { } cm)
        {
            volumes.Add(new V1Volume
            {
                Name = "recipients",
                ConfigMap = new V1ConfigMapVolumeSource { Name = cm.Name, Items = [new V1KeyToPath { Key = cm.Key, Path = cm.Key }] },
            });
            mounts.Add(new V1VolumeMount { Name = "recipients", MountPath = $"{ObjectsRoot}/configmaps/{ns}/{cm.Name}", ReadOnlyProperty = true });
        }
        else if (recipients.SecretKeyRef is { } secret)
        {
            volumes.Add(new V1Volume
            {
                Name = "recipients",
                Secret = new V1SecretVolumeSource { SecretName = secret.Name, Items = [new V1KeyToPath { Key = secret.Key, Path = secret.Key }] },
            });
            mounts.Add(new V1VolumeMount { Name = "recipients", MountPath = $"{ObjectsRoot}/secrets/{ns}/{secret.Name}", ReadOnlyProperty = true });
        }

        var container = new V1Container
        {
            Name = ContainerName,
            Image = options.Image,
            Env = env,
            VolumeMounts = mounts,
            Resources = new V1ResourceRequirements
            {
                Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["memory"] = new("128Mi") },
                Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new("512Mi") },
            },
            SecurityContext = new V1SecurityContext
            {
                RunAsNonRoot = true,
                ReadOnlyRootFilesystem = true,
                AllowPrivilegeEscalation = false,
                Capabilities = new V1Capabilities { Drop = ["ALL"] },
                SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
            },
        };
        var podSpec = new V1PodSpec
        {
            RestartPolicy = "Never",
            // Over the sender's 20 s shutdown grace, so in-flight sends are recorded before SIGKILL.
            TerminationGracePeriodSeconds = 30,
            AutomountServiceAccountToken = false,
            SecurityContext = new V1PodSecurityContext
            {
                RunAsNonRoot = true,
                RunAsUser = SenderUserId,
                RunAsGroup = SenderUserId,
                FsGroup = SenderUserId,
                SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
            },
            Containers = [container],
            Volumes = volumes,
            ServiceAccountName = options.ServiceAccountName is { Length: > 0 } sa ? sa : null,
        };
        return new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = meta,
            Spec = new V1JobSpec
            {
                Parallelism = 1,
                Completions = 1,
                BackoffLimit = options.BackoffLimit,
                ActiveDeadlineSeconds = options.ActiveDeadlineSeconds,
                TtlSecondsAfterFinished = options.TtlSecondsAfterFinished,
                Suspend = suspended,
                PodFailurePolicy = new V1PodFailurePolicy
                {
                    Rules =
                    [
                        new V1PodFailurePolicyRule
                        {
                            Action = "FailJob",
                            OnExitCodes = new V1PodFailurePolicyOnExitCodesRequirement
                            {
                                ContainerName = ContainerName, OperatorProperty = "In", Values = [ConfigurationErrorExitCode],
                            },
                        },
                        new V1PodFailurePolicyRule
                        {
                            Action = "Ignore",
                            OnPodConditions = [new V1PodFailurePolicyOnPodConditionsPattern { Type = "DisruptionTarget", Status = "True" }],
                        },
                    ],
                },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string>(meta.Labels) },
                    Spec = podSpec,
                },
            },
        };
    }

    /// <summary>
    /// Splits a session's API base (<c>https://graph.facebook.com/v21.0</c>) into the base and the
    /// Graph version the sender expects separately; no version segment means v21.0.
    /// </summary>
    public static (string BaseUrl, string ApiVersion) SplitApiBase(string apiBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(apiBaseUrl);
        var trimmed = apiBaseUrl.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        var last = slash >= 0 ? trimmed[(slash + 1)..] : "";
        if (last.Length > 1 && last[0] == 'v' && last[1..].All(c => char.IsAsciiDigit(c) || c == '.') && slash > "https://".Length)
            return (trimmed[..(slash + 1)], last);
        return (trimmed + "/", "v21.0");
    }

    /// <summary>The campaign's rate when it lowers the session's, else the session's.</summary>
    public static RateSpec? EffectiveRate(RateSpec? campaign, RateSpec? session)
    {
        if (campaign is null) return session;
        if (session is null) return campaign;
        return new RateSpec
        {
            MessagesPerSecond = Math.Min(campaign.MessagesPerSecond, session.MessagesPerSecond),
            Burst = campaign.Burst is { } b && session.Burst is { } sb ? Math.Min(b, sb) : campaign.Burst ?? session.Burst,
        };
    }

    private static V1ObjectMeta Metadata(V1WhatsAppCampaign campaign, string name, RunSlot run, string component) => new()
    {
        Name = name,
        NamespaceProperty = campaign.Metadata.NamespaceProperty,
        Labels = new Dictionary<string, string>
        {
            ["app.kubernetes.io/name"] = "whatsapp-sender",
            ["app.kubernetes.io/managed-by"] = "whatsapp-operator",
            [RunNaming.ComponentLabel] = component,
            [RunNaming.CampaignLabel] = RunNaming.LabelValue(campaign.Metadata.Name ?? ""),
            [RunNaming.RunLabel] = run.RunId,
        },
        Annotations = new Dictionary<string, string> { [RunNaming.ScheduledAtAnnotation] = RunNaming.FormatScheduledAt(run.ScheduledAt) },
        OwnerReferences =
        [
            new V1OwnerReference
            {
                ApiVersion = $"{WhatsAppApi.Group}/{WhatsAppApi.Version}",
                Kind = "WhatsAppCampaign",
                Name = campaign.Metadata.Name,
                Uid = campaign.Metadata.Uid,
                Controller = true,
                BlockOwnerDeletion = true,
            },
        ],
    };

    private static V1EnvVar Env(string name, string value) => new() { Name = name, Value = value };

    private static V1EnvVar Env(string name, V1EnvVarSource valueFrom) => new() { Name = name, ValueFrom = valueFrom };
}
