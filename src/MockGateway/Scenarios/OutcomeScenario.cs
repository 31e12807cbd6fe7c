namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>What happens to an accepted message, drawn per message from the seed.</summary>
public sealed class OutcomeScenario
{
    /// <summary>Share of accepted messages that later fail (a <c>failed</c> status webhook). Default 0.</summary>
    public double FailureProbability { get; set; }

    /// <summary>Codes a failing message picks from (uniformly). Empty means 131000 (something went wrong).</summary>
    public List<int> FailureCodes { get; set; } = [];

    /// <summary>Share of non-failed messages that reach <c>delivered</c> (the rest stay <c>sent</c>). Default 1.</summary>
    public double DeliveredProbability { get; set; } = 1.0;

    /// <summary>Share of delivered messages that reach <c>read</c>. Default 0.8.</summary>
    public double ReadProbability { get; set; } = 0.8;
}
