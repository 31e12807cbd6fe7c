using System.Text.Json.Serialization;
using k8s.Models;
using Kube.Operator.Entities.Attributes;

namespace WhatsAppCampaigns.Operator.Entities;

public sealed partial class V1WhatsAppCampaign
{
    /// <summary>The observed campaign.</summary>
    public sealed class CampaignStatus
    {
        /// <summary>Lifecycle phase (for display; conditions carry the detail).</summary>
        [Description("Pending, Scheduled, Running, Paused, Completed, PartiallyFailed or Failed.")]
        public CampaignPhase? Phase { get; set; }

        /// <summary>Ready, Progressing and a terminal condition.</summary>
        [Description("kstatus-compatible conditions: Ready, Progressing, Completed/Failed.")]
        [ListMapKeys("type")]
        public IList<V1Condition>? Conditions { get; set; }

        /// <summary>The generation this status was computed from.</summary>
        [Description("The metadata.generation this status was computed from.")]
        [RangeMinimum(Minimum = 0)]
        public long? ObservedGeneration { get; set; }

        /// <summary>Recipient and send counts of the current or last run.</summary>
        [Description("Recipient and message counts of the current or last run.")]
        public CampaignCounts? Counts { get; set; }

        /// <summary>Sent share of valid recipients, e.g. <c>42%</c>.</summary>
        [Description("Share of valid recipients processed, e.g. 42%.")]
        [Pattern("^[0-9]{1,3}%$")]
        public string? Progress { get; set; }

        /// <summary>When the current or last run started.</summary>
        [Description("When the current or last run started.")]
        public DateTime? StartTime { get; set; }

        /// <summary>When the last run finished.</summary>
        [Description("When the last run finished.")]
        public DateTime? CompletionTime { get; set; }

        /// <summary>When the next run is due.</summary>
        [Description("When the next run is due (scheduled and recurring campaigns).")]
        public DateTime? NextRunAt { get; set; }

        /// <summary>The sender Job of the active run.</summary>
        [Description("Name of the sender Job of the active run.")]
        public string? ActiveJob { get; set; }

        /// <summary>Recent runs, newest first.</summary>
        [Description("Recent runs, newest first.")]
        [Items(0, 10)]
        public IList<RunRecord>? History { get; set; }

        /// <summary>Up to five invalid rows.</summary>
        [Description("Up to five invalid recipient rows with the reason.")]
        [Items(0, 5)]
        public IList<InvalidRow>? InvalidRows { get; set; }

        /// <summary>The most frequent failure codes.</summary>
        [Description("The most frequent send failure codes.")]
        [Items(0, 10)]
        public IList<FailureCodeCount>? TopFailureCodes { get; set; }
    }

    /// <summary>Counts of one run.</summary>
    public sealed class CampaignCounts
    {
        /// <summary>Rows read.</summary>
        [Description("Rows read from the source.")]
        [RangeMinimum(Minimum = 0)]
        public long? Rows { get; set; }

        /// <summary>Rows with a valid phone number.</summary>
        [Description("Rows with a valid phone number.")]
        [RangeMinimum(Minimum = 0)]
        public long? Valid { get; set; }

        /// <summary>Rows rejected.</summary>
        [Description("Rows rejected (see invalidRows).")]
        [RangeMinimum(Minimum = 0)]
        public long? Invalid { get; set; }

        /// <summary>Rows that repeat a recipient.</summary>
        [Description("Rows that repeat a recipient.")]
        [RangeMinimum(Minimum = 0)]
        public long? Duplicate { get; set; }

        /// <summary>Recipients who opted out.</summary>
        [Description("Recipients skipped because they opted out.")]
        [RangeMinimum(Minimum = 0)]
        public long? OptedOut { get; set; }

        /// <summary>Messages accepted by the gateway.</summary>
        [Description("Messages accepted by the gateway.")]
        [RangeMinimum(Minimum = 0)]
        public long? Sent { get; set; }

        /// <summary>Messages the gateway rejected.</summary>
        [Description("Messages the gateway rejected for good.")]
        [RangeMinimum(Minimum = 0)]
        public long? Failed { get; set; }

        /// <summary>Messages whose outcome is unknown.</summary>
        [Description("Messages whose outcome is unknown (not retried under AtMostOnce).")]
        [RangeMinimum(Minimum = 0)]
        public long? Unknown { get; set; }

        /// <summary>Delivery receipts.</summary>
        [Description("Messages reported delivered by webhooks.")]
        [RangeMinimum(Minimum = 0)]
        public long? Delivered { get; set; }

        /// <summary>Read receipts.</summary>
        [Description("Messages reported read by webhooks.")]
        [RangeMinimum(Minimum = 0)]
        public long? Read { get; set; }

        /// <summary>Replies.</summary>
        [Description("Recipients who replied.")]
        [RangeMinimum(Minimum = 0)]
        public long? Replied { get; set; }
    }

    /// <summary>One past or current run.</summary>
    public sealed class RunRecord
    {
        /// <summary>The run's id.</summary>
        [Required]
        [Description("Deterministic run id.")]
        public string RunId { get; set; } = "";

        /// <summary>Its sender Job.</summary>
        [Description("Name of the run's sender Job.")]
        public string? JobName { get; set; }

        /// <summary>How it ended (or Running).</summary>
        [Description("Phase of the run.")]
        public CampaignPhase? Phase { get; set; }

        /// <summary>Start.</summary>
        [Description("When the run started.")]
        public DateTime? StartTime { get; set; }

        /// <summary>End.</summary>
        [Description("When the run finished.")]
        public DateTime? CompletionTime { get; set; }

        /// <summary>Messages sent.</summary>
        [Description("Messages sent in the run.")]
        [RangeMinimum(Minimum = 0)]
        public long? Sent { get; set; }

        /// <summary>Messages failed.</summary>
        [Description("Messages failed in the run.")]
        [RangeMinimum(Minimum = 0)]
        public long? Failed { get; set; }
    }

    /// <summary>An invalid recipient row.</summary>
    public sealed class InvalidRow
    {
        /// <summary>1-based row number in the source.</summary>
        [Required]
        [Description("1-based row number in the source.")]
        [RangeMinimum(Minimum = 1)]
        public long Row { get; set; }

        /// <summary>Why it was rejected.</summary>
        [Required]
        [Description("Why the row was rejected.")]
        [Length(1, 1024)]
        public string Reason { get; set; } = "";
    }

    /// <summary>A failure code and how often it occurred.</summary>
    public sealed class FailureCodeCount
    {
        /// <summary>The gateway's error code.</summary>
        [Required]
        [Description("The gateway's error code, e.g. 131026.")]
        public string Code { get; set; } = "";

        /// <summary>Occurrences.</summary>
        [Required]
        [Description("How many messages failed with it.")]
        [RangeMinimum(Minimum = 1)]
        public long Count { get; set; }

        /// <summary>Meaning of the code.</summary>
        [Description("What the code means.")]
        public string? Description { get; set; }
    }

    /// <summary>Lifecycle phases.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<CampaignPhase>))]
    public enum CampaignPhase
    {
        /// <summary>Not yet validated or scheduled.</summary>
        Pending,

        /// <summary>Waiting for startAt, the next cron time or the window.</summary>
        Scheduled,

        /// <summary>A run is sending.</summary>
        Running,

        /// <summary>Suspended mid-run.</summary>
        Paused,

        /// <summary>The run sent every valid recipient.</summary>
        Completed,

        /// <summary>The run finished with some failures.</summary>
        PartiallyFailed,

        /// <summary>The run or the spec failed.</summary>
        Failed,
    }
}
