using System.Collections.Frozen;
using System.Globalization;
using WhatsAppCampaigns.MockGateway.Rules;

namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>A validated <see cref="Scenario"/> with its recipient lists normalised to wa_ids for fast lookup.</summary>
internal sealed class CompiledScenario
{
    private static readonly string[] DefaultReplies = ["Thanks!", "Yes please", "Who is this?", "Ok 👍", "Later"];
    private static readonly int[] DefaultFailureCodes = [131000];

    private CompiledScenario(Scenario source)
    {
        Source = source;
        NeverReply = Normalize(source.NeverReply, nameof(Scenario.NeverReply));
        NotOnWhatsApp = Normalize(source.NotOnWhatsApp, nameof(Scenario.NotOnWhatsApp));
        ReplyTexts = source.Replies.Texts.Count > 0 ? [.. source.Replies.Texts] : DefaultReplies;
        FailureCodes = source.Outcomes.FailureCodes.Count > 0 ? [.. source.Outcomes.FailureCodes] : DefaultFailureCodes;
    }

    public Scenario Source { get; }

    public long Seed => Source.Seed;

    public FrozenSet<string> NeverReply { get; }

    public FrozenSet<string> NotOnWhatsApp { get; }

    public IReadOnlyList<string> ReplyTexts { get; }

    public IReadOnlyList<int> FailureCodes { get; }

    /// <summary>Validates and compiles; the exception names the offending field.</summary>
    /// <exception cref="ScenarioException">A probability outside [0, 1], a bad range or a bad number.</exception>
    public static CompiledScenario Compile(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Probability(scenario.Outcomes.FailureProbability, "outcomes.failureProbability");
        Probability(scenario.Outcomes.DeliveredProbability, "outcomes.deliveredProbability");
        Probability(scenario.Outcomes.ReadProbability, "outcomes.readProbability");
        Probability(scenario.Replies.Probability, "replies.probability");
        Probability(scenario.Replies.StopProbability, "replies.stopProbability");
        Probability(scenario.Webhooks.DuplicateProbability, "webhooks.duplicateProbability");
        Probability(scenario.Webhooks.ReorderProbability, "webhooks.reorderProbability");
        Probability(scenario.Chaos.ServerErrorBursts.Probability, "chaos.serverErrorBursts.probability");
        Probability(scenario.Chaos.RateLimitStorms.Probability, "chaos.rateLimitStorms.probability");
        Probability(scenario.Chaos.ConnectionResetProbability, "chaos.connectionResetProbability");
        Probability(scenario.Chaos.LatencySpikeProbability, "chaos.latencySpikeProbability");
        Range(scenario.Latency.Response, "latency.response");
        Range(scenario.Latency.Sent, "latency.sent");
        Range(scenario.Latency.Delivered, "latency.delivered");
        Range(scenario.Latency.Read, "latency.read");
        Range(scenario.Latency.Reply, "latency.reply");
        Range(scenario.Chaos.LatencySpike, "chaos.latencySpike");
        Positive(scenario.Chaos.ServerErrorBursts.DurationMs, "chaos.serverErrorBursts.durationMs");
        Positive(scenario.Chaos.RateLimitStorms.DurationMs, "chaos.rateLimitStorms.durationMs");
        if (string.IsNullOrWhiteSpace(scenario.Replies.StopKeyword))
            throw new ScenarioException("replies.stopKeyword must not be empty");
        return new CompiledScenario(scenario);
    }

    private static FrozenSet<string> Normalize(List<string> numbers, string field)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < numbers.Count; i++)
        {
            if (!WaIds.TryNormalize(numbers[i], out var waId))
                throw new ScenarioException($"{char.ToLowerInvariant(field[0])}{field[1..]}[{i}]: '{numbers[i]}' is not a phone number (7 to 15 digits)");
            set.Add(waId);
        }
        return set.ToFrozenSet(StringComparer.Ordinal);
    }

    private static void Probability(double value, string field)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
            throw new ScenarioException($"{field} must be between 0 and 1, was {value.ToString(CultureInfo.InvariantCulture)}");
    }

    private static void Range(LatencyRange range, string field)
    {
        if (range is null) throw new ScenarioException($"{field} is missing");
        if (range.MinMs < 0 || range.MaxMs < range.MinMs)
            throw new ScenarioException(
                $"{field} needs 0 <= minMs <= maxMs, was {range.MinMs.ToString(CultureInfo.InvariantCulture)}..{range.MaxMs.ToString(CultureInfo.InvariantCulture)}");
    }

    private static void Positive(double value, string field)
    {
        if (!(value > 0)) throw new ScenarioException($"{field} must be positive, was {value.ToString(CultureInfo.InvariantCulture)}");
    }
}
