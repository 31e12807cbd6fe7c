using System.Diagnostics;
using System.Text;
using k8s.Autorest;
using Kube.Operator.Client;
using k8s.Models;
using Microsoft.Extensions.Hosting;

namespace WhatsAppCampaigns.Operator.LocalMode;

/// <summary>
/// A local stand-in for the Job controller and kubelet: each Job's single container runs as a
/// local process (<c>dotnet SenderWorker.dll</c>) with the Job's environment (valueFrom
/// ConfigMap/Secret keys resolved) and volumes (ConfigMap/Secret items and emptyDirs written under
/// a work directory, absolute paths in the environment rewritten to it). It writes the Job status
/// back like the real controller: active, startTime, succeeded/failed, Complete/Failed/Suspended
/// conditions; exit 78 fails the Job at once (podFailurePolicy), other failures retry up to
/// backoffLimit; spec.suspend and a deleted Job send SIGTERM. Images are ignored.
/// </summary>
public sealed class LocalJobController(IKubernetesClient client, string senderDll, string workRoot, TimeSpan pollInterval) : BackgroundService
{
    private readonly Dictionary<string, Running> _running = new(StringComparer.Ordinal);

    /// <summary>Where a Job's files (volumes, log) live.</summary>
    public string WorkDirectory(string @namespace, string job) => Path.Combine(workRoot, @namespace, job);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var timer = new PeriodicTimer(pollInterval);
            do
            {
                try
                {
                    await PassAsync(stoppingToken);
                }
                catch (HttpOperationException)
                {
                    // Conflicts and transient API errors: the next pass reads again.
                }
                catch (HttpRequestException)
                {
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var run in _running.Values) await StopAsync(run);
        }
    }

    private async Task PassAsync(CancellationToken ct)
    {
        var jobs = await client.ListAsync<V1Job>(null, null, ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            var key = $"{job.Metadata.NamespaceProperty}/{job.Metadata.Name}/{job.Metadata.Uid}";
            seen.Add(key);
            await SyncAsync(key, job, ct);
        }
        foreach (var gone in _running.Keys.Where(k => !seen.Contains(k)).ToList())
        {
            await StopAsync(_running[gone]);
            _running.Remove(gone);
        }
    }

    private async Task SyncAsync(string key, V1Job job, CancellationToken ct)
    {
        var status = job.Status ?? new V1JobStatus();
        if (Finished(status)) return;
        _running.TryGetValue(key, out var run);
        if (run is { Process.HasExited: true })
        {
            _running.Remove(key);
            await RecordExitAsync(job, run, ct);
            return;
        }
        if (job.Spec?.Suspend == true)
        {
            if (run is not null)
            {
                run.Suspending = true;
                Signals.Terminate(run.Process.Id);
                return; // its exit is recorded (not counted as a failure) on a later pass
            }
            await WriteStatusAsync(job, s =>
            {
                s.Active = 0;
                SetCondition(s, "Suspended", "True", "JobSuspended", "Job suspended");
            }, ct);
            return;
        }
        if (run is null)
        {
            _running[key] = await StartAsync(job, ct);
            await WriteStatusAsync(job, s =>
            {
                s.Active = 1;
                s.StartTime ??= DateTime.UtcNow;
                if (s.Conditions?.FirstOrDefault(c => c.Type == "Suspended") is { } c) c.Status = "False";
            }, ct);
        }
    }

    private async Task RecordExitAsync(V1Job job, Running run, CancellationToken ct)
    {
        var code = run.Process.ExitCode;
        run.Process.WaitForExit(); // drains the redirected output into the log
        await run.Log.WriteLineAsync($"--- exit code {code}{(run.Suspending ? " (suspended)" : "")}");
        await run.Log.DisposeAsync();
        var backoffLimit = job.Spec?.BackoffLimit ?? 6;
        await WriteStatusAsync(job, s =>
        {
            s.Active = 0;
            var now = DateTime.UtcNow;
            if (code == 0)
            {
                s.Succeeded = 1;
                s.CompletionTime = now;
                SetCondition(s, "SuccessCriteriaMet", "True", "CompletionsReached", "Reached expected number of succeeded pods");
                SetCondition(s, "Complete", "True", "CompletionsReached", "Reached expected number of succeeded pods");
            }
            else if (run.Suspending)
            {
                // Pods stopped for suspension are not failures (podFailurePolicy ignores DisruptionTarget).
                SetCondition(s, "Suspended", "True", "JobSuspended", "Job suspended");
            }
            else if (code == 78)
            {
                s.Failed = (s.Failed ?? 0) + 1;
                var message = $"Container sender for pod {job.Metadata.NamespaceProperty}/{job.Metadata.Name} failed with exit code 78 matching FailJob rule at index 0";
                SetCondition(s, "FailureTarget", "True", "PodFailurePolicy", message);
                SetCondition(s, "Failed", "True", "PodFailurePolicy", message);
            }
            else
            {
                s.Failed = (s.Failed ?? 0) + 1;
                if (s.Failed > backoffLimit)
                {
                    SetCondition(s, "FailureTarget", "True", "BackoffLimitExceeded", "Job has reached the specified backoff limit");
                    SetCondition(s, "Failed", "True", "BackoffLimitExceeded", "Job has reached the specified backoff limit");
                }
            }
        }, ct);
    }

    private async Task<Running> StartAsync(V1Job job, CancellationToken ct)
    {
        var ns = job.Metadata.NamespaceProperty ?? "default";
        var root = WorkDirectory(ns, job.Metadata.Name ?? "job");
        Directory.CreateDirectory(root);
        var pod = job.Spec?.Template?.Spec ?? throw new InvalidOperationException("Job without a pod template");
        var container = pod.Containers?.FirstOrDefault() ?? throw new InvalidOperationException("Job without a container");
        var mounts = await MountVolumesAsync(ns, root, pod, container, ct);
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(senderDll);
        foreach (var arg in container.Args ?? []) start.ArgumentList.Add(arg);
        foreach (var env in container.Env ?? [])
        {
            var value = env.ValueFrom is { } from ? await ResolveAsync(ns, from, ct) : env.Value ?? "";
            start.Environment[env.Name!] = RewritePath(value, mounts, root);
        }
        var logPath = Path.Combine(root, "sender.log");
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var log = new StreamWriter(logPath, append: true, Encoding.UTF8) { AutoFlush = true };
        var sync = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (sync) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (sync) log.WriteLine(e.Data); };
        process.Exited += (_, _) => { lock (sync) log.Flush(); };
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Running(process, logPath, log);
    }

    private async Task<List<string>> MountVolumesAsync(string ns, string root, V1PodSpec pod, V1Container container, CancellationToken ct)
    {
        var paths = new List<string>();
        foreach (var mount in container.VolumeMounts ?? [])
        {
            paths.Add(mount.MountPath);
            var target = root + mount.MountPath;
            Directory.CreateDirectory(target);
            var volume = pod.Volumes?.FirstOrDefault(x => x.Name == mount.Name);
            if (volume?.ConfigMap is { } cm)
            {
                var map = await client.GetAsync<V1ConfigMap>(cm.Name, ns, ct);
                foreach (var item in cm.Items ?? [])
                {
                    if (map?.Data?.TryGetValue(item.Key, out var text) == true) await File.WriteAllTextAsync(Path.Combine(target, item.Path), text, ct);
                    else if (map?.BinaryData?.TryGetValue(item.Key, out var bytes) == true) await File.WriteAllBytesAsync(Path.Combine(target, item.Path), bytes, ct);
                }
            }
            else if (volume?.Secret is { } secretRef)
            {
                var secret = await client.GetAsync<V1Secret>(secretRef.SecretName, ns, ct);
                foreach (var item in secretRef.Items ?? [])
                {
                    if (secret?.Data?.TryGetValue(item.Key, out var bytes) == true)
                        await File.WriteAllBytesAsync(Path.Combine(target, item.Path), bytes, ct);
                }
            }
        }
        return paths;
    }

    private async Task<string> ResolveAsync(string ns, V1EnvVarSource from, CancellationToken ct)
    {
        if (from.ConfigMapKeyRef is { } cm)
        {
            var map = await client.GetAsync<V1ConfigMap>(cm.Name, ns, ct);
            return map?.Data?.TryGetValue(cm.Key, out var text) == true ? text : "";
        }
        if (from.SecretKeyRef is { } sk)
        {
            var secret = await client.GetAsync<V1Secret>(sk.Name, ns, ct);
            if (secret?.Data?.TryGetValue(sk.Key, out var bytes) == true) return Encoding.UTF8.GetString(bytes).Trim();
            return secret?.StringData is { } strings && strings.TryGetValue(sk.Key, out var text) ? text.Trim() : "";
        }
        return "";
    }

    /// <summary>An absolute path inside (or above) a mount, moved under the Job's work directory. Pure.</summary>
    public static string RewritePath(string value, IReadOnlyList<string> mountPaths, string root)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(mountPaths);
        if (!value.StartsWith('/')) return value;
        return mountPaths.Any(m => m.StartsWith(value, StringComparison.Ordinal) || value.StartsWith(m, StringComparison.Ordinal)) ? root + value : value;
    }

    private async Task WriteStatusAsync(V1Job job, Action<V1JobStatus> change, CancellationToken ct)
    {
        var fresh = await client.GetAsync<V1Job>(job.Metadata.Name!, job.Metadata.NamespaceProperty, ct);
        if (fresh is null) return;
        fresh.Status ??= new V1JobStatus();
        change(fresh.Status);
        await client.UpdateStatusAsync(fresh, ct);
    }

    private static bool Finished(V1JobStatus status) =>
        status.Conditions?.Any(c => c.Type is "Complete" or "Failed" && c.Status == "True") == true;

    private static void SetCondition(V1JobStatus status, string type, string value, string reason, string message)
    {
        status.Conditions ??= [];
        var now = DateTime.UtcNow;
        var existing = status.Conditions.FirstOrDefault(c => c.Type == type);
        if (existing is null) status.Conditions.Add(new V1JobCondition { Type = type, Status = value, Reason = reason, Message = message, LastProbeTime = now, LastTransitionTime = now });
        else
        {
            if (existing.Status != value) existing.LastTransitionTime = now;
            (existing.Status, existing.Reason, existing.Message, existing.LastProbeTime) = (value, reason, message, now);
        }
    }

    private static async Task StopAsync(Running run)
    {
        if (run.Log.BaseStream is null) return;
        if (!run.Process.HasExited)
        {
            Signals.Terminate(run.Process.Id);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(25));
            try
            {
                await run.Process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                run.Process.Kill(entireProcessTree: true);
            }
        }
        await run.Log.DisposeAsync();
    }

    private sealed class Running(Process process, string logPath, StreamWriter log)
    {
        public Process Process { get; } = process;
        public string LogPath { get; } = logPath;
        public StreamWriter Log { get; } = log;
        public bool Suspending { get; set; }
    }
}
