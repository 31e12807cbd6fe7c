using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Tests.Scenarios;

public sealed class MessageOutcomePlannerTests
{
    private static CompiledScenario Compile(Action<Scenario>? configure = null)
    {
        var scenario = new Scenario { Seed = 5 };
        configure?.Invoke(scenario);
        return CompiledScenario.Compile(scenario);
    }

    [Fact]
    public void Plan_SameSeedAndIdentity_IsTheSamePlan()
    {
        var scenario = Compile(s => s.Outcomes.FailureProbability = 0.5);

        for (ulong identity = 0; identity < 200; identity++)
            Assert.Equal(MessageOutcomePlanner.Plan(scenario, identity, "4915112345678", false),
                         MessageOutcomePlanner.Plan(Compile(s => s.Outcomes.FailureProbability = 0.5), identity, "4915112345678", false));
    }

    [Fact]
    public void Plan_Probabilities_AreRoughlyHonoured()
    {
        var scenario = Compile(s =>
        {
            s.Outcomes.FailureProbability = 0.1;
            s.Outcomes.ReadProbability = 0.5;
        });

        var plans = Enumerable.Range(0, 10_000).Select(i => MessageOutcomePlanner.Plan(scenario, (ulong)i, "4915112345678", false)).ToList();

        Assert.InRange(plans.Count(p => p.FinalStatus == MessageStatus.Failed), 800, 1200);
        Assert.InRange(plans.Count(p => p.FinalStatus == MessageStatus.Read), 4000, 5000);
        Assert.All(plans, p => Assert.True(p.SentAt <= p.DeliveredAt && p.DeliveredAt <= p.ReadAt));
    }

    [Fact]
    public void Plan_NotOnWhatsApp_FailsWith131026AndNeverReplies()
    {
        var scenario = Compile(s =>
        {
            s.NotOnWhatsApp = ["+49 151 12345678"];
            s.Replies.Probability = 1;
        });

        var plan = MessageOutcomePlanner.Plan(scenario, 1, "4915112345678", false);

        Assert.Equal((MessageStatus.Failed, 131026, (string?)null), (plan.FinalStatus, plan.FailureCode, plan.ReplyText));
    }

    [Fact]
    public void Plan_FreeFormOutsideWindow_FailsWith131047()
    {
        var plan = MessageOutcomePlanner.Plan(Compile(), 1, "4915112345678", freeFormOutsideWindow: true);

        Assert.Equal((MessageStatus.Failed, 131047), (plan.FinalStatus, plan.FailureCode));
    }

    [Fact]
    public void Plan_NeverReplyNumber_GetsNoReplyEvenAtProbabilityOne()
    {
        var scenario = Compile(s =>
        {
            s.Replies.Probability = 1;
            s.NeverReply = ["4915112345678"];
        });

        Assert.All(Enumerable.Range(0, 100), i =>
            Assert.Null(MessageOutcomePlanner.Plan(scenario, (ulong)i, "4915112345678", false).ReplyText));
        Assert.NotNull(MessageOutcomePlanner.Plan(scenario, 1, "4915187654321", false).ReplyText);
    }

    [Fact]
    public void Plan_DefaultScenario_NeverDuplicatesOrReorders()
    {
        var scenario = Compile();

        var plans = Enumerable.Range(0, 5000).Select(i => MessageOutcomePlanner.Plan(scenario, (ulong)i, "4915112345678", false)).ToList();

        Assert.DoesNotContain(plans, p => p.Duplicated is not null || p.ReadBeforeDelivered);
    }

    [Theory]
    [InlineData("outcomes.readProbability")]
    [InlineData("latency.sent")]
    [InlineData("neverReply[0]")]
    public void Compile_InvalidField_ThrowsNamingIt(string field)
    {
        var scenario = new Scenario();
        switch (field)
        {
            case "outcomes.readProbability": scenario.Outcomes.ReadProbability = -0.1; break;
            case "latency.sent": scenario.Latency.Sent = LatencyRange.Of(10, 5); break;
            default: scenario.NeverReply = ["not a number"]; break;
        }

        var error = Assert.Throws<ScenarioException>(() => CompiledScenario.Compile(scenario));

        Assert.Contains(field, error.Message);
    }
}
