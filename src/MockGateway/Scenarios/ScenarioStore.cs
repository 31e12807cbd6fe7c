namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>
/// The scenario in force. The send path reads one reference (no lock); the admin endpoint swaps
/// in a new, already validated scenario atomically.
/// </summary>
internal sealed class ScenarioStore(CompiledScenario initial)
{
    private volatile CompiledScenario _current = initial;

    public CompiledScenario Current => _current;

    /// <exception cref="ScenarioException">The scenario is invalid; the current one stays.</exception>
    public void Replace(Scenario scenario) => _current = CompiledScenario.Compile(scenario);
}
