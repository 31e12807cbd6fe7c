using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>
/// Turns a job into its timed events (pure), in emission order: statuses (a reordered read before
/// its delivered), a duplicate right after its original, then the reply.
/// </summary>
internal static class WebhookEventPlanner
{
    public static IEnumerable<WebhookEvent> Expand(WebhookJob job, long epoch)
    {
        if (job.Inbound is { } inbound)
        {
            yield return inbound;
            yield break;
        }
        var message = job.Message!;
        var plan = job.Plan!;
        var accepted = message.AcceptedAt.UtcTicks;
        var order = plan.Statuses().ToList();
        if (plan.ReadBeforeDelivered && order.Count == 3) (order[1], order[2]) = (order[2], order[1]);
        foreach (var status in order)
        {
            var original = Status(job, status, accepted, accepted + plan.EmitAt(status).Ticks, duplicate: false);
            yield return original;
            if (plan.Duplicated == status)
                yield return Status(job, status, accepted, original.DueTicks + plan.DuplicateDelay.Ticks, duplicate: true);
        }
        if (plan.ReplyText is { } text)
        {
            var at = accepted + plan.ReplyAt.Ticks;
            yield return new InboundEvent
            {
                PhoneNumberId = message.PhoneNumberId,
                DisplayPhoneNumber = job.DisplayPhoneNumber,
                WaId = message.WaId,
                LogicalTicks = at,
                DueTicks = at,
                Wamid = Rules.WamidFactory.Create(message.WaId, SeededDraw.Mix(SeededDraw.Hash(message.Id)), epoch),
                Text = text,
                ContextId = message.Id,
                OpensWindowOf = job.Pair,
            };
        }
    }

    private static StatusEvent Status(WebhookJob job, MessageStatus status, long accepted, long due, bool duplicate) => new()
    {
        PhoneNumberId = job.Message!.PhoneNumberId,
        DisplayPhoneNumber = job.DisplayPhoneNumber,
        WaId = job.Message!.WaId,
        LogicalTicks = accepted + job.Plan!.TimeOf(status).Ticks,
        DueTicks = due,
        Wamid = job.Message!.Id,
        Status = status,
        BizOpaqueCallbackData = job.Message!.BizOpaqueCallbackData,
        ErrorCode = status == MessageStatus.Failed ? job.Plan.FailureCode : 0,
        Category = job.Category,
        Billable = job.Billable,
        IsDuplicate = duplicate,
        IsReordered = status == MessageStatus.Read && job.Plan.ReadBeforeDelivered && !duplicate,
    };
}
