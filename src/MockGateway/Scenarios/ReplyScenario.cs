namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>Simulated replies: inbound text messages quoting our message (<c>context.id</c>).</summary>
public sealed class ReplyScenario
{
    /// <summary>Share of delivered messages the user answers. Default 0.</summary>
    public double Probability { get; set; }

    /// <summary>Canned reply texts, picked uniformly. Empty means a small built-in set.</summary>
    public List<string> Texts { get; set; } = [];

    /// <summary>The opt-out keyword a user sends. Default <c>STOP</c>.</summary>
    public string StopKeyword { get; set; } = "STOP";

    /// <summary>Share of replies that are the STOP keyword. Default 0.</summary>
    public double StopProbability { get; set; }
}
