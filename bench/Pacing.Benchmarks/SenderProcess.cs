using System.Diagnostics;
using System.Globalization;
using System.Text;
using WhatsAppCampaigns.CampaignState.Snapshot;

namespace Pacing.Benchmarks;

/// <summary>One real sender process for one campaign: its list, its snapshot, and its CPU time.</summary>
internal static class SenderProcess
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Runs a sender to the end; returns its wall time, CPU time and summary line.</summary>
    /// <param name="firstPhone">The first of <paramref name="count"/> consecutive local numbers (tells campaigns apart at the mock).</param>
    public static async Task<(TimeSpan Wall, TimeSpan Cpu, string Summary)> RunAsync(string redis, Uri gateway, string session,
        string campaign, int count, long firstPhone, double rate)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pacing-bench-" + Guid.NewGuid().ToString("N"));
        var objects = Path.Combine(dir, "configmaps", "bench", "contacts");
        Directory.CreateDirectory(objects);
        await using (var file = new StreamWriter(Path.Combine(objects, "list.csv"), false, new UTF8Encoding(false)))
        {
            await file.WriteLineAsync("phone,name");
            for (var i = 0; i < count; i++) await file.WriteLineAsync(string.Create(C, $"+97252{firstPhone + i:D7},Name{i}"));
        }
        var snapshot = new CampaignRunSnapshot
        {
            Namespace = "bench", Campaign = campaign, Session = session,
            Recipients = new RecipientsSource { ConfigMap = new KeyReference("contacts", "list.csv"), DefaultRegion = "IL" },
            Message = new CampaignMessage { Text = "Hi {{name}}" },
            Delivery = new DeliverySettings { Rate = new SendRate { MessagesPerSecond = rate } },
        };
        await File.WriteAllTextAsync(Path.Combine(dir, "snapshot.json"), CampaignRunSnapshotJson.Serialize(snapshot));
        var info = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "SenderWorker.dll"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.Environment["SENDER_RUN_SNAPSHOT_FILE"] = Path.Combine(dir, "snapshot.json");
        info.Environment["Redis__Configuration"] = redis;
        info.Environment["Gateway__BaseUrl"] = gateway.ToString();
        info.Environment["Gateway__PhoneNumberId"] = "106540352242922";
        info.Environment["Gateway__AccessToken"] = "mock-access-token";
        info.Environment["KubernetesObjects__Directory"] = dir;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // Two campaigns of one session: the session lock lets one send at a time, so the second waits
        // for the first instead of giving up after the default 30 s.
        info.Environment["Sending__LockWait"] = "00:30:00";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var cpu = TimeSpan.Zero;
        while (!process.HasExited)
        {
            cpu = Max(cpu, CpuTime(process.Id));
            await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(50));
        }
        await process.WaitForExitAsync();
        var wall = clock.Elapsed;
        Directory.Delete(dir, recursive: true);
        var summary = (await stdout).Trim();
        var errors = await stderr;
        if (process.ExitCode != 0) summary += $" (exit {process.ExitCode}) {errors[..Math.Min(2000, errors.Length)]}";
        return (wall, cpu, summary);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    // utime + stime from /proc/<pid>/stat (fields 14 and 15, clock ticks of 1/100 s); the last
    // reading before exit misses at most the final 50 ms of the process.
    private static TimeSpan CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], C) + long.Parse(fields[12], C);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }
}
