namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>
/// Decides a message's fate from the scenario and the message's identity alone (pure): the same
/// seed and identity always give the same plan.
/// </summary>
internal static class MessageOutcomePlanner
{
    /// <summary>The error code of a message to a number that is not on WhatsApp.</summary>
    public const int NotOnWhatsAppCode = 131026;

    /// <summary>The error code of free-form text outside the customer-service window.</summary>
    public const int ReEngagementCode = 131047;

    public static MessagePlan Plan(CompiledScenario scenario, ulong identity, string waId, bool freeFormOutsideWindow)
    {
        var s = scenario.Source;
        double Draw(DrawPurpose purpose) => SeededDraw.Unit(scenario.Seed, identity, purpose);

        var sentAt = s.Latency.Sent.Pick(Draw(DrawPurpose.SentLatency));
        var failureCode = scenario.NotOnWhatsApp.Contains(waId) ? NotOnWhatsAppCode
            : freeFormOutsideWindow ? ReEngagementCode
            : Draw(DrawPurpose.Failure) < s.Outcomes.FailureProbability
                ? scenario.FailureCodes[SeededDraw.Index(scenario.Seed, identity, DrawPurpose.FailureCode, scenario.FailureCodes.Count)]
                : 0;
        if (failureCode != 0)
            return new MessagePlan(MessageStatus.Failed, failureCode, sentAt, sentAt, sentAt, false,
                Duplicated(scenario, identity, MessageStatus.Failed), DuplicateDelay(scenario, identity), null, TimeSpan.Zero);

        var deliveredAt = sentAt + s.Latency.Delivered.Pick(Draw(DrawPurpose.DeliveredLatency));
        var readAt = deliveredAt + s.Latency.Read.Pick(Draw(DrawPurpose.ReadLatency));
        var final = Draw(DrawPurpose.Delivered) >= s.Outcomes.DeliveredProbability ? MessageStatus.Sent
            : Draw(DrawPurpose.Read) < s.Outcomes.ReadProbability ? MessageStatus.Read
            : MessageStatus.Delivered;
        var reorder = final == MessageStatus.Read && Draw(DrawPurpose.Reorder) < s.Webhooks.ReorderProbability;

        string? reply = null;
        var replyAt = TimeSpan.Zero;
        if (final >= MessageStatus.Delivered && !scenario.NeverReply.Contains(waId)
            && Draw(DrawPurpose.Reply) < s.Replies.Probability)
        {
            reply = Draw(DrawPurpose.ReplyStop) < s.Replies.StopProbability
                ? s.Replies.StopKeyword
                : scenario.ReplyTexts[SeededDraw.Index(scenario.Seed, identity, DrawPurpose.ReplyText, scenario.ReplyTexts.Count)];
            replyAt = (final == MessageStatus.Read ? readAt : deliveredAt) + s.Latency.Reply.Pick(Draw(DrawPurpose.ReplyLatency));
        }

        return new MessagePlan(final, 0, sentAt, deliveredAt, readAt, reorder,
            Duplicated(scenario, identity, final), DuplicateDelay(scenario, identity), reply, replyAt);
    }

    /// <summary>Which status (if any) is delivered twice: one of the statuses the message reaches.</summary>
    private static MessageStatus? Duplicated(CompiledScenario scenario, ulong identity, MessageStatus final)
    {
        if (SeededDraw.Unit(scenario.Seed, identity, DrawPurpose.Duplicate) >= scenario.Source.Webhooks.DuplicateProbability)
            return null;
        if (final == MessageStatus.Failed) return MessageStatus.Failed;
        var reached = (int)final + 1; // Sent=0 → 1 status, Delivered → 2, Read → 3
        return (MessageStatus)SeededDraw.Index(scenario.Seed, identity, DrawPurpose.DuplicateWhich, reached);
    }

    // A duplicate follows its original after a short pause, like a retried delivery would.
    private static TimeSpan DuplicateDelay(CompiledScenario scenario, ulong identity) =>
        TimeSpan.FromMilliseconds(SeededDraw.Unit(scenario.Seed, identity, DrawPurpose.DuplicateLatency) * 50);
}
