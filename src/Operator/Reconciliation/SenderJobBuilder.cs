using System.Text;
using System.Text.Json.Nodes;
using k8s;
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
        var env = new JsonArray
        {
            Env("SENDER_RUN_SNAPSHOT", valueFrom: new JsonObject
            {
                ["configMapKeyRef"] = new JsonObject { ["name"] = RunNaming.SnapshotName(run.JobName), ["key"] = RunNaming.SnapshotKey },
            }),
            Env("Redis__Configuration", valueFrom: new JsonObject
            {
                ["secretKeyRef"] = new JsonObject { ["name"] = RunNaming.RedisSecretName(run.JobName), ["key"] = RedisSecretKey },
            }),
            Env("Gateway__BaseUrl", baseUrl),
            Env("Gateway__ApiVersion", apiVersion),
            Env("Gateway__PhoneNumberId", session.Spec.PhoneNumberId),
            Env("Gateway__AccessToken", valueFrom: new JsonObject
            {
                ["secretKeyRef"] = new JsonObject { ["name"] = session.Spec.TokenSecretRef.Name, ["key"] = session.Spec.TokenSecretRef.Key },
            }),
            Env("KubernetesObjects__Directory", ObjectsRoot),
            Env("Sending__OutcomesPath", $"{OutcomesRoot}/{run.RunId}.csv"),
            // Rate, retries, guarantee and dedupe scope are in the snapshot (SnapshotBuilder), not here.
        };

        var volumes = new JsonArray
        {
            new JsonObject { ["name"] = "tmp", ["emptyDir"] = new JsonObject() },
            new JsonObject { ["name"] = "outcomes", ["emptyDir"] = new JsonObject() },
        };
        var mounts = new JsonArray
        {
            new JsonObject { ["name"] = "tmp", ["mountPath"] = "/tmp" },
            new JsonObject { ["name"] = "outcomes", ["mountPath"] = OutcomesRoot },
        };
        var recipients = campaign.Spec.Recipients;
        if (recipients.ConfigMapKeyRef is { } cm)
        {
            volumes.Add(new JsonObject
            {
                ["name"] = "recipients",
                ["configMap"] = new JsonObject { ["name"] = cm.Name, ["items"] = new JsonArray(new JsonObject { ["key"] = cm.Key, ["path"] = cm.Key }) },
            });
            mounts.Add(new JsonObject { ["name"] = "recipients", ["mountPath"] = $"{ObjectsRoot}/configmaps/{ns}/{cm.Name}", ["readOnly"] = true });
        }
        else if (recipients.SecretKeyRef is { } secret)
        {
            volumes.Add(new JsonObject
            {
                ["name"] = "recipients",
                ["secret"] = new JsonObject { ["secretName"] = secret.Name, ["items"] = new JsonArray(new JsonObject { ["key"] = secret.Key, ["path"] = secret.Key }) },
            });
            mounts.Add(new JsonObject { ["name"] = "recipients", ["mountPath"] = $"{ObjectsRoot}/secrets/{ns}/{secret.Name}", ["readOnly"] = true });
        }

        var container = new JsonObject
        {
            ["name"] = ContainerName,
            ["image"] = options.Image,
            ["env"] = env,
            ["volumeMounts"] = mounts,
            ["resources"] = new JsonObject
            {
                ["requests"] = new JsonObject { ["cpu"] = "100m", ["memory"] = "128Mi" },
                ["limits"] = new JsonObject { ["memory"] = "512Mi" },
            },
            ["securityContext"] = new JsonObject
            {
                ["runAsNonRoot"] = true,
                ["readOnlyRootFilesystem"] = true,
                ["allowPrivilegeEscalation"] = false,
                ["capabilities"] = new JsonObject { ["drop"] = new JsonArray("ALL") },
                ["seccompProfile"] = new JsonObject { ["type"] = "RuntimeDefault" },
            },
        };
        var podSpec = new JsonObject
        {
            ["restartPolicy"] = "Never",
            // Over the sender's 20 s shutdown grace, so in-flight sends are recorded before SIGKILL.
            ["terminationGracePeriodSeconds"] = 30,
            ["automountServiceAccountToken"] = false,
            ["securityContext"] = new JsonObject
            {
                ["runAsNonRoot"] = true,
                ["runAsUser"] = SenderUserId,
                ["runAsGroup"] = SenderUserId,
                ["fsGroup"] = SenderUserId,
                ["seccompProfile"] = new JsonObject { ["type"] = "RuntimeDefault" },
            },
            ["containers"] = new JsonArray(container),
            ["volumes"] = volumes,
        };
        if (options.ServiceAccountName is { Length: > 0 } sa) podSpec["serviceAccountName"] = sa;
        var job = new JsonObject
        {
            ["apiVersion"] = "batch/v1",
            ["kind"] = "Job",
            ["metadata"] = JsonNode.Parse(KubernetesJson.Serialize(meta)),
            ["spec"] = new JsonObject
            {
                ["parallelism"] = 1,
                ["completions"] = 1,
                ["backoffLimit"] = options.BackoffLimit,
                ["activeDeadlineSeconds"] = options.ActiveDeadlineSeconds,
                ["ttlSecondsAfterFinished"] = options.TtlSecondsAfterFinished,
                ["suspend"] = suspended,
                ["podFailurePolicy"] = new JsonObject
                {
                    ["rules"] = new JsonArray
                    {
                        new JsonObject
                        {
                            ["action"] = "FailJob",
                            ["onExitCodes"] = new JsonObject { ["containerName"] = ContainerName, ["operator"] = "In", ["values"] = new JsonArray(ConfigurationErrorExitCode) },
                        },
                        new JsonObject
                        {
                            ["action"] = "Ignore",
                            ["onPodConditions"] = new JsonArray(new JsonObject { ["type"] = "DisruptionTarget", ["status"] = "True" }),
                        },
                    },
                },
                ["template"] = new JsonObject
                {
                    ["metadata"] = new JsonObject { ["labels"] = JsonNode.Parse(KubernetesJson.Serialize(meta.Labels!)) },
                    ["spec"] = podSpec,
                },
            },
        };
        return KubernetesJson.Deserialize<V1Job>(job.ToJsonString());
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

    private static JsonObject Env(string name, string? value = null, JsonObject? valueFrom = null)
    {
        var env = new JsonObject { ["name"] = name };
        if (valueFrom is not null) env["valueFrom"] = valueFrom;
        else env["value"] = value ?? "";
        return env;
    }
}
