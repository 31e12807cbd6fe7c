using System.Globalization;
using Microsoft.Extensions.Logging;

namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>
/// A diagnostic, off by default (<see cref="SendingOptions.MemoryLogEveryRows"/>): every N rows it
/// logs the process's resident memory beside the GC's view of the managed heap, so growth can be
/// told apart as managed (heap, fragmentation, large objects) or native (RSS minus committed).
/// Used to keep memory flat whatever the list size (issue 8).
/// </summary>
internal sealed class MemoryProbe(int everyRows, ILogger logger)
{
    public void OnRow(long rows)
    {
        if (everyRows <= 0 || rows % everyRows != 0) return;
        var info = GC.GetGCMemoryInfo();
        static long Mib(long bytes) => bytes / 1_048_576;
        Log.MemoryProbe(logger, rows, Mib(Environment.WorkingSet), Mib(GC.GetTotalMemory(false)), Mib(info.HeapSizeBytes),
            Mib(info.TotalCommittedBytes), Mib(info.FragmentedBytes),
            string.Join('/', info.GenerationInfo.ToArray().Select(g => Mib(g.SizeAfterBytes).ToString(CultureInfo.InvariantCulture))),
            GC.CollectionCount(0), GC.CollectionCount(2), Mib(GC.GetTotalAllocatedBytes()));
    }
}
