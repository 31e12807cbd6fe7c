using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RedLockNet.SERedis;
using RedLockNet.SERedis.Configuration;
using StackExchange.Redis;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.CampaignState.Credentials;
using WhatsAppCampaigns.CampaignState.Personalization;
using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.Redis.Coordination.Locks;
using WhatsAppCampaigns.Redis.Coordination.RateLimiting;
using WhatsAppCampaigns.SenderWorker.Campaigns;
using WhatsAppCampaigns.SenderWorker.Dedupe;
using WhatsAppCampaigns.SenderWorker.Gateway;
using WhatsAppCampaigns.SenderWorker.Hosting;
using WhatsAppCampaigns.SenderWorker.Progress;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients.Planning;
using WhatsAppCampaigns.SenderWorker.Recipients.Sources;

namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>
/// One run, start to exit code: snapshot → recipients opened (file errors surface before anything
/// else) → Redis → gateway preflight → session lock (RedLock.net) with fencing token → send pipeline → summary.
/// </summary>
/// <remarks>
/// RedLock.net signals a lost lock only by <c>IsAcquired</c> turning false at a failed extension (and may
/// turn it true again at the next one); <see cref="FencedLock"/> latches that into <see cref="FencedLock.Lost"/>,
/// which stops the claims, so the sender never sends on a lock it once lost.
/// </remarks>
internal sealed class SenderRun(IOptions<RedisOptions> redis, IOptions<SendingOptions> sending, ICloudApiClient gateway,
    IPhoneNormalizer normalizer, IKubernetesObjectReader kubernetes, TimeProvider time, ILogger<SenderRun> logger,
    ILoggerFactory? loggerFactory = null)
{
    /// <summary>A unique id per process incarnation: claims record it, so a retried claim knows its own.</summary>
    public static readonly string HolderId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    public async Task<int> RunAsync(Func<string, string?> environment, TextWriter summary, CancellationToken stopping)
    {
        var options = sending.Value;
        CampaignRunSnapshot snapshot;
        try
        {
            snapshot = await CampaignRunSnapshotLoader.FromEnvironmentAsync(environment, stopping);
        }
        catch (CampaignSnapshotException ex)
        {
            return await EndAsync(summary, "?", RunResult.ConfigurationWrong, ex.Message, new ProgressSnapshot(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        // Every line the run writes from here on carries its campaign, run and session (the pipeline's tasks and
        // timers start inside this scope, so they inherit it).
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["Namespace"] = snapshot.Namespace, ["Campaign"] = snapshot.Campaign,
            ["Run"] = snapshot.RunId ?? ClaimsScopes.DefaultRun, ["Session"] = snapshot.Session,
        });
        var campaign = CampaignKeys.ScopeOf(snapshot.Namespace, snapshot.Campaign);
        var counters = new ProgressCounters();
        using var http = new HttpClient();
        var sources = new RecipientSourceFactory(kubernetes, http, time, TimeSpan.FromMinutes(5), RecipientReaderLimits.Default);
        RecipientIntake intake;
        try
        {
            intake = await RecipientIntake.OpenAsync(snapshot, sources.Create(snapshot), normalizer, RecipientReaderLimits.Default, stopping);
        }
        catch (Exception ex) when (ex is RecipientFileException or PersonalizationException or CampaignSnapshotException)
        {
            return await EndAsync(summary, campaign, RunResult.ConfigurationWrong, ex.Message, counters.Snapshot());
        }
        await using var _ = intake;

        ConnectionMultiplexer mux;
        try
        {
            var config = ConfigurationOptions.Parse(redis.Value.Configuration);
            config.AbortOnConnectFail = true;
            mux = await ConnectionMultiplexer.ConnectAsync(config);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            return await EndAsync(summary, campaign, RunResult.RetryLater, $"Redis unreachable: {ex.Message}", counters.Snapshot());
        }
        await using var __ = mux;

        var preflight = await gateway.PreflightAsync(stopping);
        var credentials = preflight.Transport == TransportFailure.None
            ? CredentialsCheck.Classify(preflight.HttpStatus, preflight.ErrorCode, preflight.ErrorSubcode)
            : CredentialsCheck.Unreachable(preflight.Describe());
        if (credentials.Transient)
            return await EndAsync(summary, campaign, RunResult.RetryLater, $"gateway not ready before the first send ({credentials.Reason}): {preflight.Describe()}", counters.Snapshot());
        if (!credentials.CredentialsAccepted)
            return await EndAsync(summary, campaign, RunResult.ConfigurationWrong, $"the gateway refused the credentials: {preflight.Describe()} ({credentials.Reason})", counters.Snapshot());

        using var locks = RedLockFactory.Create(new List<RedLockMultiplexer> { new(mux) }, loggerFactory);
        await using var fenced = await FencedLock.AcquireAsync(locks, [mux.GetDatabase()], $"session:{snapshot.Session}", options.LockExpiry,
            options.LockWait, TimeSpan.FromMilliseconds(200), time, stopping);
        if (!fenced.IsAcquired)
            return await EndAsync(summary, campaign, RunResult.RetryLater,
                $"another sender holds session {snapshot.Session} (lock not acquired within {options.LockWait.TotalSeconds:0} s: {fenced.FailureReason})",
                counters.Snapshot());
        Log.LockAcquired(logger, snapshot.Session, fenced.Token.Value, HolderId);
        return await SendAsync(snapshot, campaign, intake, mux.GetDatabase(), fenced, counters, summary, stopping);
    }

    private async Task<int> SendAsync(CampaignRunSnapshot snapshot, string campaign, RecipientIntake intake, IDatabase db,
        FencedLock fenced, ProgressCounters counters, TextWriter summary, CancellationToken stopping)
    {
        var options = sending.Value;
        var policy = SendPolicy.From(snapshot.Delivery, options.DisableRateLimit);
        var keys = ClaimsScopes.KeysOf(snapshot, policy.DedupeScope);
        var run = snapshot.RunId ?? ClaimsScopes.DefaultRun;
        using var stopClaiming = CancellationTokenSource.CreateLinkedTokenSource(stopping, fenced.Lost);
        using var abandon = new CancellationTokenSource();
        await using var graceTimer = stopping.Register(() => abandon.CancelAfter(options.ShutdownGrace));
        var store = new ClaimStore(db, keys, run, HolderId, fenced.Token.Value, policy.DeliveryPolicy, options.FirstRowsExpiry, time);
        var limiter = policy.RatePerSecond > 0 ? new RedisRateLimiter(db, time) : null;
        var pacer = new Pacer(limiter, snapshot.Session, policy, time, Random.Shared.NextDouble);
        await using var circuit = new GatewayCircuit(gateway, time, options.CircuitThreshold, options.GatewayDownDeadline, logger);
        var sender = new RecipientSender(gateway, circuit, pacer, policy, counters, time, logger);
        var rowLog = new RowOutcomeLog(db, keys.RowOutcomes(run), options.RowOutcomeCapacity);
        using var outcomeFile = options.OutcomesPath is { Length: > 0 } path ? new OutcomeFile(path) : null;
        await using var publisher = new ProgressPublisher(db, keys.Progress(run), counters, time, options.ProgressInterval,
            () => pacer.EffectiveRate);
        await rowLog.ResetAsync();
        publisher.SetState(ProgressStates.Sending);
        publisher.Start();

        RunResult result;
        string? reason = null;
        try
        {
            await using var records = new RecordWriter(store);
            using var pipeline = new SendPipeline(store, records, sender, pacer, counters, rowLog, outcomeFile, options, keys.ClaimsScope,
                intake.CountDuplicate, time, logger);
            var complete = await pipeline.RunAsync(intake.PlanAsync(stopClaiming.Token), stopClaiming.Token, abandon.Token);
            if (complete)
            {
                result = RunSummary.ForFinished(counters.Snapshot());
                if (result != RunResult.Done) reason = intake.Summary.ZeroValidExplanation();
                else await ForgetFirstRowsAsync(store);
            }
            else if (pipeline.StopReason is { } stop) (result, reason) = (RunResult.ConfigurationWrong, stop);
            else if (fenced.Lost.IsCancellationRequested && !stopping.IsCancellationRequested)
                (result, reason) = (RunResult.RetryLater, $"lost the session lock: {fenced.FailureReason ?? "extension failed"}");
            else (result, reason) = (RunResult.RetryLater, "shut down (SIGTERM) before the end of the list");
        }
        catch (StaleHolderException ex)
        {
            (result, reason) = (RunResult.RetryLater, ex.Message);
        }
        catch (GatewayUnavailableException ex)
        {
            (result, reason) = (RunResult.RetryLater, ex.Message + "; nobody was marked failed for it");
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            (result, reason) = (RunResult.RetryLater, $"Redis failed: {ex.Message}");
        }
        publisher.SetState(result == RunResult.Done ? ProgressStates.Done
            : result == RunResult.RetryLater ? ProgressStates.RetryLater : ProgressStates.ConfigurationWrong, reason);
        try
        {
            await publisher.FlushAsync();
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            Log.ProgressNotWritten(logger, ex.Message);
        }
        if (result == RunResult.Done) outcomeFile?.Commit();
        return await EndAsync(summary, campaign, result, reason, counters.Snapshot());
    }

    private async Task ForgetFirstRowsAsync(ClaimStore store)
    {
        try
        {
            await store.ForgetFirstRowsAsync();
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            // Only tidying: the hash expires by itself (SendingOptions.FirstRowsExpiry).
            Log.FirstRowsNotDeleted(logger, store.FirstRowsKey, ex.Message);
        }
    }

    private async Task<int> EndAsync(TextWriter summary, string campaign, RunResult result, string? reason, ProgressSnapshot counts)
    {
        var line = RunSummary.Line(campaign, result, reason, counts);
        if (result == RunResult.Done) Log.RunDone(logger, line);
        else Log.RunStopped(logger, line);
        await summary.WriteLineAsync(line);
        await summary.FlushAsync();
        return (int)result;
    }
}
