namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>
/// What a random draw decides. Each purpose draws independently, so adding a new decision never
/// shifts the outcomes of existing ones. Values are part of the replay contract: append only.
/// </summary>
internal enum DrawPurpose : ulong
{
    Failure = 1,
    FailureCode = 2,
    Delivered = 3,
    Read = 4,
    SentLatency = 5,
    DeliveredLatency = 6,
    ReadLatency = 7,
    Reply = 8,
    ReplyText = 9,
    ReplyStop = 10,
    ReplyLatency = 11,
    Duplicate = 12,
    DuplicateWhich = 13,
    DuplicateLatency = 14,
    Reorder = 15,
    ResponseLatency = 16,
    ServerErrorWindow = 17,
    ServerErrorKind = 18,
    RateLimitStormWindow = 19,
    ConnectionReset = 20,
    LatencySpike = 21,
    LatencySpikeLength = 22,
    WamidSuffix = 23,
}
