namespace WhatsAppCampaigns.SenderWorker.Tests;

/// <summary>
/// Tests that read process-wide GC figures run alone, so other tests' allocations on parallel
/// threads cannot disturb them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurements";
}
