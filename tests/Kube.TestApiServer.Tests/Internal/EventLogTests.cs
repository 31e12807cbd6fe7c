using System.Text.Json.Nodes;
using Kube.TestApiServer.Internal;

namespace Kube.TestApiServer.Tests.Internal;

public sealed class EventLogTests
{
    private static WatchEvent Event(long rv) => new("ADDED", "/configmaps", "ns", new JsonObject(), null, rv);

    [Fact]
    public void Append_BeyondCapacity_DropsOldestAndMovesCompactionPoint()
    {
        var log = new EventLog(3);
        for (var rv = 10; rv <= 14; rv++) log.Append(Event(rv));
        Assert.Equal(11, log.CompactedThrough);
        var read = new List<WatchEvent>();
        log.ReadAfter(11, 10, read);
        Assert.Equal([12L, 13L, 14L], read.Select(e => e.ResourceVersion));
    }

    [Fact]
    public void ReadAfter_FindsStartByBinarySearch_AndHonoursMax()
    {
        var log = new EventLog(100);
        for (var rv = 1; rv <= 50; rv++) log.Append(Event(rv * 2));
        var read = new List<WatchEvent>();
        log.ReadAfter(51, 3, read);
        Assert.Equal([52L, 54L, 56L], read.Select(e => e.ResourceVersion));
    }

    [Fact]
    public void Compact_ForgetsThroughVersion()
    {
        var log = new EventLog(10);
        for (var rv = 1; rv <= 5; rv++) log.Append(Event(rv));
        log.Compact(5);
        Assert.Equal(0, log.Count);
        Assert.Equal(5, log.CompactedThrough);
    }
}
