using Prometheus;

namespace Prometheus.Client.Tests;

/// <summary>The hot paths allocate nothing once the series exists (counted, not timed).</summary>
public sealed class AllocationTests
{
    private readonly IMetricFactory _factory = Metrics.WithCustomRegistry(Metrics.NewCustomRegistry());

    [Fact]
    public void IncSetObserve_ExistingChildren_AllocateNothing()
    {
        var counter = _factory.CreateCounter("c_total", "h", "campaign", "outcome").WithLabels("spring", "sent");
        var gauge = _factory.CreateGauge("g", "h", "queue").WithLabels("WhatsAppCampaign");
        var histogram = _factory.CreateHistogram("h_seconds", "h", "kind").WithLabels("WhatsAppCampaign");
        Work(); // warm up: first calls may initialise statics

        var before = GC.GetAllocatedBytesForCurrentThread();
        Work();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);

        void Work()
        {
            for (var i = 0; i < 10_000; i++)
            {
                counter.Inc();
                counter.IncTo(i);
                gauge.Set(i);
                gauge.Inc();
                histogram.Observe(i / 1000.0);
            }
        }
    }

    [Fact]
    public void WithLabels_ExistingSeries_AllocatesOnlyTheCallersArray()
    {
        var counter = _factory.CreateCounter("c_total", "h", "campaign", "outcome");
        string[] labels = ["spring", "sent"];
        counter.WithLabels(labels).Inc();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++) counter.WithLabels(labels).Inc();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(10_001, counter.WithLabels(labels).Value);
    }
}
