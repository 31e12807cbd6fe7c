namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>
/// The campaign as it was when a run started, handed to the sender immutably by the operator
/// (issue 8). The sender never re-reads the live resource during a run, so an edit to the campaign
/// cannot change who a half-finished run messages or what it says.
/// </summary>
/// <remarks>
/// Shape follows Kubernetes conventions (camelCase JSON, one-of fields, absent means default) so the
/// operator can copy the spec field by field. <see cref="CampaignRunSnapshotJson"/> writes it back
/// byte for byte: properties in declaration order, nulls omitted, enums as their JSON names.
/// </remarks>
public sealed record CampaignRunSnapshot
{
    /// <summary>Namespace of the WhatsAppCampaign; ConfigMap and Secret sources are read from it.</summary>
    public required string Namespace { get; init; }

    /// <summary>Name of the WhatsAppCampaign.</summary>
    public required string Campaign { get; init; }

    /// <summary>Identifies this run (e.g. the Job name or the schedule slot); optional.</summary>
    public string? RunId { get; init; }

    /// <summary>The WhatsApp session (sender number) this run sends from.</summary>
    public required string Session { get; init; }

    /// <summary>Where the recipients come from and how to read them.</summary>
    public required RecipientsSource Recipients { get; init; }

    /// <summary>What each recipient receives.</summary>
    public required CampaignMessage Message { get; init; }

    /// <summary>
    /// Values used when a recipient's cell for a <c>{{variable}}</c> is empty or absent; keyed by
    /// variable name (matched like column names, see <c>Personalization/README.md</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string>? VariableDefaults { get; init; }

    /// <summary>Pace, retries, delivery guarantee and dedupe scope; absent means every default (see <see cref="DeliverySettings"/>).</summary>
    public DeliverySettings? Delivery { get; init; }
}
