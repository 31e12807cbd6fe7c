using System.ComponentModel;
using System.Text.Json.Serialization;
using Kube.Operator.Entities.Attributes;
using DescriptionAttribute = Kube.Operator.Entities.Attributes.DescriptionAttribute;

namespace WhatsAppCampaigns.Operator.Entities;

public sealed partial class V1WhatsAppCampaign
{
    /// <summary>The desired campaign.</summary>
    public sealed class CampaignSpec
    {
        /// <summary>The session (phone number) to send from.</summary>
        [Required]
        [Description("The WhatsAppSession to send from, in the same namespace.")]
        public SessionReference SessionRef { get; set; } = new();

        /// <summary>Who receives the message.</summary>
        [Required]
        [Description("Where the recipients come from: exactly one of inline, configMapKeyRef, secretKeyRef or url.")]
        public RecipientsSpec Recipients { get; set; } = new();

        /// <summary>What is sent.</summary>
        [Required]
        [Description("The message: exactly one of text or template.")]
        public MessageSpec Message { get; set; } = new();

        /// <summary>When it is sent; absent means now.</summary>
        [Description("When to send; absent means at once.")]
        public ScheduleSpec? Schedule { get; set; }

        /// <summary>How it is sent.</summary>
        [Description("Rate, retries and delivery guarantee.")]
        public DeliverySpec? Delivery { get; set; }

        /// <summary>Pauses a running send; false resumes where it stopped.</summary>
        [Description("true pauses sending (the sender stops cleanly); false resumes where it stopped.")]
        [DefaultValue(false)]
        public bool? Suspend { get; set; }
    }

    /// <summary>A reference to a WhatsAppSession.</summary>
    public sealed class SessionReference
    {
        /// <summary>The session's name.</summary>
        [Required]
        [Description("Name of the WhatsAppSession.")]
        [Pattern(WhatsAppApi.NamePattern)]
        [Length(1, 253)]
        public string Name { get; set; } = "";
    }

    /// <summary>The recipients' source and how to read it.</summary>
    public sealed class RecipientsSpec
    {
        /// <summary>Recipients listed in the resource.</summary>
        [Description("Recipients listed inline.")]
        [Items(1, 1000)]
        public IList<InlineRecipient>? Inline { get; set; }

        /// <summary>A ConfigMap key holding a recipient file.</summary>
        [Description("ConfigMap key holding a recipient file.")]
        public KeySelector? ConfigMapKeyRef { get; set; }

        /// <summary>A Secret key holding a recipient file.</summary>
        [Description("Secret key holding a recipient file.")]
        public KeySelector? SecretKeyRef { get; set; }

        /// <summary>A URL the recipient file is downloaded from.</summary>
        [Description("http(s) URL of a recipient file.")]
        [Pattern(WhatsAppApi.HttpUrlPattern)]
        [Length(8, 2048)]
        public string? Url { get; set; }

        /// <summary>File format; Auto sniffs it.</summary>
        [Description("File format of configMapKeyRef, secretKeyRef or url; Auto detects it.")]
        [DefaultValue(RecipientFormat.Auto)]
        public RecipientFormat? Format { get; set; }

        /// <summary>Text encoding of a CSV/TSV/TXT file; unset detects it.</summary>
        [Description("Text encoding of a CSV, TSV or TXT file without a byte order mark (e.g. utf-16, windows-1255); unset detects it: BOM, then the UTF-16 pattern, else UTF-8 with Windows-1252 for stray bytes.")]
        [Pattern("^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$")]
        public string? Encoding { get; set; }

        /// <summary>Region for numbers without a country code.</summary>
        [Description("ISO 3166 region (e.g. DE) for numbers written without a country code.")]
        [Pattern("^[A-Z]{2}$")]
        public string? DefaultRegion { get; set; }

        /// <summary>Which columns hold what.</summary>
        [Description("Column mapping; by default the phone column is detected.")]
        public ColumnsSpec? Columns { get; set; }
    }

    /// <summary>One inline recipient.</summary>
    public sealed class InlineRecipient
    {
        /// <summary>The phone number, any common notation.</summary>
        [Required]
        [Description("Phone number; normalized to E.164.")]
        [Length(3, 64)]
        public string Phone { get; set; } = "";

        /// <summary>A stable id used for dedupe and reports.</summary>
        [Description("Stable recipient id for dedupe and reports; default the normalized phone.")]
        [Length(1, 256)]
        public string? RecipientId { get; set; }

        /// <summary>Values for the message's variables.</summary>
        [Description("Values for the message variables.")]
        public IDictionary<string, string>? Variables { get; set; }
    }

    /// <summary>Column mapping of a recipient file.</summary>
    public sealed class ColumnsSpec
    {
        /// <summary>The phone column's header.</summary>
        [Description("Header of the phone column.")]
        [Length(1, 256)]
        public string? Phone { get; set; }

        /// <summary>The recipient-id column's header.</summary>
        [Description("Header of the recipient-id column.")]
        [Length(1, 256)]
        public string? RecipientId { get; set; }
    }

    /// <summary>Formats of a recipient file.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<RecipientFormat>))]
    public enum RecipientFormat
    {
        /// <summary>Detect from the content.</summary>
        Auto,

        /// <summary>Comma-separated values.</summary>
        Csv,

        /// <summary>Tab-separated values.</summary>
        Tsv,

        /// <summary>One phone number per line.</summary>
        Txt,

        /// <summary>An Excel workbook.</summary>
        Xlsx,
    }

    /// <summary>The message: a text or a template.</summary>
    public sealed class MessageSpec
    {
        /// <summary>A free-form text with <c>{{column}}</c> variables.</summary>
        [Description("Free-form text; {{column}} is replaced per recipient.")]
        [Length(1, 4096)]
        public string? Text { get; set; }

        /// <summary>An approved template.</summary>
        [Description("An approved WhatsApp template.")]
        public TemplateSpec? Template { get; set; }

        /// <summary>Values used when a recipient lacks a variable.</summary>
        [Description("Default values for variables a recipient row lacks.")]
        public IDictionary<string, string>? VariableDefaults { get; set; }
    }

    /// <summary>A template message.</summary>
    public sealed class TemplateSpec
    {
        /// <summary>The template's name.</summary>
        [Required]
        [Description("Template name as approved by Meta.")]
        [Pattern("^[a-z0-9_]{1,512}$")]
        public string Name { get; set; } = "";

        /// <summary>Language code.</summary>
        [Required]
        [Description("Template language, e.g. en_US or de.")]
        [Pattern("^[a-z]{2,3}(_[A-Z]{2})?$")]
        public string Language { get; set; } = "";

        /// <summary>Body parameters in order; may contain variables.</summary>
        [Description("Body parameters in order; {{column}} is replaced per recipient.")]
        [Items(0, 100)]
        public IList<string>? Parameters { get; set; }
    }

    /// <summary>When the campaign runs.</summary>
    public sealed class ScheduleSpec
    {
        /// <summary>A single run at this time.</summary>
        [Description("Run once at this time (RFC 3339). Exclusive with cron.")]
        public DateTime? StartAt { get; set; }

        /// <summary>A recurring schedule.</summary>
        [Description("Recurring runs, five-field cron syntax. Exclusive with startAt.")]
        [Length(9, 256)]
        public string? Cron { get; set; }

        /// <summary>Time zone of cron and window.</summary>
        [Description("IANA time zone of cron and window, e.g. Europe/Berlin; default UTC.")]
        [Length(1, 64)]
        public string? TimeZone { get; set; }

        /// <summary>Business hours to send in.</summary>
        [Description("Send only on these days between these times.")]
        public SendWindow? Window { get; set; }

        /// <summary>What to do when a run is due while the previous is active.</summary>
        [Description("Allow, Forbid (default) or Replace an active run when the next is due.")]
        [DefaultValue(V1WhatsAppCampaign.ConcurrencyPolicy.Forbid)]
        public ConcurrencyPolicy? ConcurrencyPolicy { get; set; }
    }

    /// <summary>Business hours.</summary>
    public sealed class SendWindow
    {
        /// <summary>Days of the week.</summary>
        [Description("Days to send on; default every day.")]
        [Items(1, 7)]
        public IList<WeekDay>? Days { get; set; }

        /// <summary>Start time of day.</summary>
        [Required]
        [Description("Start time of day, HH:MM (24 h).")]
        [Pattern("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
        public string Start { get; set; } = "";

        /// <summary>End time of day.</summary>
        [Required]
        [Description("End time of day, HH:MM (24 h); before start means overnight.")]
        [Pattern("^([01][0-9]|2[0-4]):[0-5][0-9]$")]
        public string End { get; set; } = "";
    }

    /// <summary>Days of the week.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<WeekDay>))]
    public enum WeekDay
    {
        /// <summary>Monday.</summary>
        Mon,

        /// <summary>Tuesday.</summary>
        Tue,

        /// <summary>Wednesday.</summary>
        Wed,

        /// <summary>Thursday.</summary>
        Thu,

        /// <summary>Friday.</summary>
        Fri,

        /// <summary>Saturday.</summary>
        Sat,

        /// <summary>Sunday.</summary>
        Sun,
    }

    /// <summary>CronJob's concurrency policies.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<ConcurrencyPolicy>))]
    public enum ConcurrencyPolicy
    {
        /// <summary>Runs may overlap.</summary>
        Allow,

        /// <summary>Skip a run while the previous is active.</summary>
        Forbid,

        /// <summary>Stop the active run and start the new one.</summary>
        Replace,
    }

    /// <summary>How messages are delivered.</summary>
    public sealed class DeliverySpec
    {
        /// <summary>Overrides the session's rate (may only lower it).</summary>
        [Description("Lower send rate for this campaign than the session's.")]
        public RateSpec? Rate { get; set; }

        /// <summary>Retries of failed sends.</summary>
        [Description("Retry policy for transient send failures.")]
        public RetrySpec? Retry { get; set; }

        /// <summary>Where duplicates are detected.</summary>
        [Description("Scope of duplicate detection: Run, Campaign (default) or Session.")]
        [DefaultValue(V1WhatsAppCampaign.DedupeScope.Campaign)]
        public DedupeScope? DedupeScope { get; set; }

        /// <summary>At most once or at least once.</summary>
        [Description("AtMostOnce (default) never sends twice; AtLeastOnce retries when the outcome is unknown.")]
        [DefaultValue(DeliveryGuarantee.AtMostOnce)]
        public DeliveryGuarantee? Guarantee { get; set; }
    }

    /// <summary>Retry policy.</summary>
    public sealed class RetrySpec
    {
        /// <summary>First backoff.</summary>
        [Description("First retry delay, e.g. 1s.")]
        [Pattern(WhatsAppApi.DurationPattern)]
        public string? InitialBackoff { get; set; }

        /// <summary>Backoff cap.</summary>
        [Description("Longest retry delay, e.g. 5m.")]
        [Pattern(WhatsAppApi.DurationPattern)]
        public string? MaxBackoff { get; set; }

        /// <summary>Attempts per message.</summary>
        [Description("Attempts per message including the first.")]
        [RangeMinimum(Minimum = 1)]
        [RangeMaximum(Maximum = 20)]
        public int? MaxAttempts { get; set; }
    }

    /// <summary>Scopes of duplicate detection.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<DedupeScope>))]
    public enum DedupeScope
    {
        /// <summary>Within one run.</summary>
        Run,

        /// <summary>Across all runs of the campaign.</summary>
        Campaign,

        /// <summary>Across all campaigns of the session.</summary>
        Session,
    }

    /// <summary>Delivery guarantees.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<DeliveryGuarantee>))]
    public enum DeliveryGuarantee
    {
        /// <summary>Never send twice; an unknown outcome is not retried.</summary>
        AtMostOnce,

        /// <summary>Retry unknown outcomes; a recipient may get a message twice.</summary>
        AtLeastOnce,
    }
}
