using System.Text;
using TestSupport;
using WhatsAppCampaigns.MockGateway.Scenarios;


namespace WhatsAppCampaigns.SenderWorker.Tests.Acceptance;

/// <summary>Issue 8 acceptance: the real sender process, a real redis-server and the mock gateway.</summary>
public sealed class SenderAcceptanceTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Run_100000MessyRows_CountsAddUpAndEveryValidRecipientOnce()
    {
        var list = new ValidMessyList(100_000, messy: 0.05, invalid: 0.03, duplicate: 0.02, seed: 8);
        await using var gateway = await FixedPortGateway.StartAsync(FreePort.Next(), FixedPortGateway.Options());
        using var scenario = new SenderScenario(redis.Endpoint, gateway.BaseAddress, list.Csv).WithDelivery(d => d with { Rate = d.Rate! with { MessagesPerSecond = 950 } });
        using var sender = SenderProcess.Start(scenario.Environment);

        Assert.Equal(0, await sender.WaitForExitAsync(RunTimeout));

        var progress = await scenario.ProgressAsync();
        Assert.Equal(100_000, SenderScenario.Count(progress, "rows"));
        Assert.Equal(list.ExpectedInvalid, SenderScenario.Count(progress, "invalid"));
        Assert.Equal(list.ExpectedDuplicates, SenderScenario.Count(progress, "duplicate"));
        Assert.Equal(list.ExpectedValid.Count, SenderScenario.Count(progress, "sent"));
        AssertCountsAddUp(progress);
        var counts = await gateway.CountsByRecipientAsync();
        Assert.Equal(list.ExpectedValid.Select(e => e[1..]).Order(StringComparer.Ordinal), counts.Keys.Order(StringComparer.Ordinal));
        Assert.All(counts, c => Assert.Equal(1, c.Value));
        Assert.Contains("done: 100000 rows", sender.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_KilledAt20RandomPoints_NoDuplicatesAndUnknownsBoundedByInFlight()
    {
        const int maxInFlight = 16, kills = 20;
        var list = new ValidMessyList(4_000, messy: 0.05, invalid: 0.03, duplicate: 0.02, seed: 20);
        await using var gateway = await FixedPortGateway.StartAsync(FreePort.Next(), FixedPortGateway.Options());
        using var scenario = new SenderScenario(redis.Endpoint, gateway.BaseAddress, list.Csv)
            .WithDelivery(d => d with { Rate = d.Rate! with { MessagesPerSecond = 400 } }).With("Sending__MaxInFlight", maxInFlight.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Sending__LockExpiry", "00:00:01");
        var random = new Random(20);
        for (var kill = 0; kill < kills; kill++)
        {
            // Kill once the lock is held (sending has started), after a seeded random number of batches.
            using var sender = SenderProcess.Start(scenario.Environment, waitForInLog: "locked with fencing token");
            await sender.LogMatched.WaitAsync(TimeSpan.FromSeconds(60));
            // Counted at the mock, which adds up over all the processes (each process's own progress
            // counters start again at zero, so a target taken from them could exceed what is left).
            var target = (await AcceptedSoFarAsync(gateway)) + random.Next(1, 120);
            await Eventually.UntilAsync(async () => await AcceptedSoFarAsync(gateway) >= target, "some sends progress before the kill", TimeSpan.FromSeconds(60));
            sender.KillHard();
            await sender.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
        using var last = SenderProcess.Start(scenario.Environment);
        Assert.Equal(0, await last.WaitForExitAsync(RunTimeout));

        var progress = await scenario.ProgressAsync();
        AssertCountsAddUp(progress);
        Assert.Equal(4_000, SenderScenario.Count(progress, "rows"));
        var unknown = SenderScenario.Count(progress, "unknown");
        Assert.InRange(unknown, 0, maxInFlight * kills);
        Assert.Equal(list.ExpectedValid.Count, SenderScenario.Count(progress, "sent") + unknown + SenderScenario.Count(progress, "failed"));
        var counts = await gateway.CountsByRecipientAsync();
        Assert.All(counts, c => Assert.Equal(1, c.Value));
        Assert.InRange(counts.Count, SenderScenario.Count(progress, "sent"), SenderScenario.Count(progress, "sent") + unknown);
    }

    [Fact]
    public async Task Run_TwoSendersAtOnce_NoDuplicates()
    {
        var list = new ValidMessyList(1_500, messy: 0.05, invalid: 0.03, duplicate: 0.02, seed: 2);
        await using var gateway = await FixedPortGateway.StartAsync(FreePort.Next(), FixedPortGateway.Options());
        using var scenario = new SenderScenario(redis.Endpoint, gateway.BaseAddress, list.Csv);
        using var first = SenderProcess.Start(scenario.Environment);
        using var second = SenderProcess.Start(scenario.Environment);

        var exits = await Task.WhenAll(first.WaitForExitAsync(RunTimeout), second.WaitForExitAsync(RunTimeout));

        Assert.All(exits, code => Assert.True(code is 0 or 75, $"exit {code}: {first.Stdout} {second.Stdout}"));
        Assert.Contains(0, exits);
        var counts = await gateway.CountsByRecipientAsync();
        Assert.Equal(list.ExpectedValid.Count, counts.Count);
        Assert.All(counts, c => Assert.Equal(1, c.Value));
    }

    [Fact]
    public async Task Run_GatewayChaos_EveryValidRecipientOnce()
    {
        var list = new ValidMessyList(2_000, messy: 0.05, invalid: 0.03, duplicate: 0.02, seed: 3);
        var options = FixedPortGateway.Options();
        options.Scenario = new Scenario
        {
            Seed = 3,
            Chaos = new ChaosScenario
            {
                ServerErrorBursts = new BurstScenario { Probability = 0.3, DurationMs = 100 },
                RateLimitStorms = new BurstScenario { Probability = 0.1, DurationMs = 300 },
                LatencySpikeProbability = 0.05,
                LatencySpike = LatencyRange.Of(50, 300),
            },
        };
        await using var gateway = await FixedPortGateway.StartAsync(FreePort.Next(), options);
        using var scenario = new SenderScenario(redis.Endpoint, gateway.BaseAddress, list.Csv).WithDelivery(d => d with { Retry = d.Retry! with { MaxAttempts = 8 } });
        using var sender = SenderProcess.Start(scenario.Environment);

        Assert.Equal(0, await sender.WaitForExitAsync(RunTimeout));

        var progress = await scenario.ProgressAsync();
        AssertCountsAddUp(progress);
        Assert.Equal(0, SenderScenario.Count(progress, "failed"));
        Assert.True(SenderScenario.Count(progress, "retries") > 0, "the chaos caused no retry: the scenario did not bite");
        var counts = await gateway.CountsByRecipientAsync();
        Assert.Equal(list.ExpectedValid.Count, counts.Count);
        Assert.All(counts, c => Assert.Equal(1, c.Value));
    }

    [Fact]
    public async Task Run_GatewayDownForAWhile_NobodyFailedAndSendingResumes()
    {
        var list = new ValidMessyList(1_500, messy: 0.05, invalid: 0.03, duplicate: 0.02, seed: 4);
        var port = FreePort.Next();
        var gateway = await FixedPortGateway.StartAsync(port, FixedPortGateway.Options());
        using var scenario = new SenderScenario(redis.Endpoint, gateway.BaseAddress, list.Csv)
            .WithDelivery(d => d with { Rate = d.Rate! with { MessagesPerSecond = 300 } }).With("Sending__CircuitThreshold", "3");
        using var sender = SenderProcess.Start(scenario.Environment, waitForInLog: "Gateway unavailable");
        await Eventually.UntilAsync(async () => await AcceptedSoFarAsync(gateway) >= 200, "200 sent before the outage", TimeSpan.FromSeconds(60));
        var before = await gateway.StopAsync();
        await gateway.DisposeAsync();
        await sender.LogMatched.WaitAsync(TimeSpan.FromSeconds(60));
        await using var back = await FixedPortGateway.StartAsync(port, FixedPortGateway.Options());

        Assert.Equal(0, await sender.WaitForExitAsync(RunTimeout));

        var progress = await scenario.ProgressAsync();
        AssertCountsAddUp(progress);
        Assert.Equal(0, SenderScenario.Count(progress, "failed"));
        var after = await back.CountsByRecipientAsync();
        Assert.NotEmpty(after);
        Assert.Empty(before.Keys.Intersect(after.Keys));
        long sent = SenderScenario.Count(progress, "sent"), unknown = SenderScenario.Count(progress, "unknown");
        Assert.Equal(list.ExpectedValid.Count, sent + unknown);
        Assert.InRange(before.Count + after.Count, sent, sent + unknown); // in doubt: a reply lost as the gateway went away
        Assert.All(before.Concat(after), c => Assert.Equal(1, c.Value));
    }

    [Fact]
    public async Task Run_Sigterm_FinishesInFlightRecordsThemAndExitsRetryLater()
    {
        var list = new ValidMessyList(3_000, messy: 0.05, invalid: 0.03, duplicate: 0.02, seed: 15);
        await using var gateway = await FixedPortGateway.StartAsync(FreePort.Next(), FixedPortGateway.Options());
        using var scenario = new SenderScenario(redis.Endpoint, gateway.BaseAddress, list.Csv).WithDelivery(d => d with { Rate = d.Rate! with { MessagesPerSecond = 300 } });
        using (var sender = SenderProcess.Start(scenario.Environment))
        {
            await Eventually.UntilAsync(async () => await AcceptedSoFarAsync(gateway) >= 100, "100 sent before SIGTERM", TimeSpan.FromSeconds(60));
            await sender.TerminateAsync();

            Assert.Equal(75, await sender.WaitForExitAsync(TimeSpan.FromSeconds(30)));
            Assert.Contains("retry later: shut down (SIGTERM)", sender.Stdout, StringComparison.Ordinal);
            var progress = await scenario.ProgressAsync();
            Assert.Equal(0, SenderScenario.Count(progress, "unknown"));
            Assert.Equal((await gateway.CountsByRecipientAsync()).Count, SenderScenario.Count(progress, "sent"));
        }
        using var rerun = SenderProcess.Start(scenario.Environment);
        Assert.Equal(0, await rerun.WaitForExitAsync(RunTimeout));
        var counts = await gateway.CountsByRecipientAsync();
        Assert.Equal(list.ExpectedValid.Count, counts.Count);
        Assert.All(counts, c => Assert.Equal(1, c.Value));
    }

    [Fact]
    public async Task Run_TokenRefused_RefusesToStartWithConfigurationExitCode()
    {
        var list = new ValidMessyList(10, messy: 0, invalid: 0, duplicate: 0, seed: 1);
        await using var gateway = await FixedPortGateway.StartAsync(FreePort.Next(), FixedPortGateway.Options());
        using var scenario = new SenderScenario(redis.Endpoint, gateway.BaseAddress, list.Csv).With("Gateway__AccessToken", "revoked");
        using var sender = SenderProcess.Start(scenario.Environment);

        Assert.Equal(78, await sender.WaitForExitAsync(RunTimeout));
        Assert.Contains("refused the credentials: code 190", sender.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("revoked", sender.Stdout + sender.Stderr, StringComparison.Ordinal);
        Assert.Empty(await gateway.CountsByRecipientAsync());
    }

    [Theory]
    [InlineData("empty", 78, "empty")]
    [InlineData("no-phone-column", 78, "phone")]
    [InlineData("binary", 78, "")]
    [InlineData("all-invalid", 78, "no recipient to send to")]
    public async Task Run_BadInput_ClearErrorAndConfigurationExitCode(string kind, int exitCode, string expected)
    {
        var bytes = kind switch
        {
            "empty" => [],
            "no-phone-column" => Encoding.UTF8.GetBytes("name,city\nAnna,Haifa\n"),
            "binary" => Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256)).ToArray(),
            _ => Encoding.UTF8.GetBytes("phone,name\n123,A\nn/a,B\n"),
        };
        await using var gateway = await FixedPortGateway.StartAsync(FreePort.Next(), FixedPortGateway.Options());
        using var scenario = new SenderScenario(redis.Endpoint, gateway.BaseAddress, bytes);
        using var sender = SenderProcess.Start(scenario.Environment);

        Assert.Equal(exitCode, await sender.WaitForExitAsync(RunTimeout));
        Assert.Contains("configuration wrong", sender.Stdout, StringComparison.Ordinal);
        Assert.Contains(expected, sender.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await gateway.CountsByRecipientAsync());
    }

    [Fact]
    public async Task Run_100MBLineAndMixedEncodings_PerRowReasonsAndTheRestSent()
    {
        var path = Path.GetTempFileName();
        try
        {
            var csv = new List<byte>();
            await using (var file = File.Create(path))
            {
                await file.WriteAsync(Encoding.UTF8.GetBytes("phone,name\n+972522000001,Zoë\n"));
                var line = new byte[1024 * 1024];
                Array.Fill(line, (byte)'7');
                for (var i = 0; i < 100; i++) await file.WriteAsync(line);
                await file.WriteAsync(Encoding.UTF8.GetBytes(",Long\n"));
                await file.WriteAsync(Encoding.Latin1.GetBytes("+972522000002,Jos\u00e9\n")); // Windows-1252 glued into UTF-8
                await file.WriteAsync(Encoding.UTF8.GetBytes("+972522000003,Ann\n"));
            }
            await using var gateway = await FixedPortGateway.StartAsync(FreePort.Next(), FixedPortGateway.Options());
            using var scenario = new SenderScenario(redis.Endpoint, gateway.BaseAddress, await File.ReadAllBytesAsync(path));
            using var sender = SenderProcess.Start(scenario.Environment);

            Assert.Equal(0, await sender.WaitForExitAsync(RunTimeout));
            var progress = await scenario.ProgressAsync();
            AssertCountsAddUp(progress);
            Assert.Equal(3, SenderScenario.Count(progress, "sent"));
            Assert.Equal(1, SenderScenario.Count(progress, "invalid"));
            Assert.Equal(3, (await gateway.CountsByRecipientAsync()).Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertCountsAddUp(Dictionary<string, string> progress)
    {
        var terminal = new[] { "invalid", "duplicate", "missingVariable", "optedOut", "sent", "failed", "unknown", "notSent" }
            .Sum(f => SenderScenario.Count(progress, f));
        Assert.Equal(SenderScenario.Count(progress, "rows"), terminal);
    }

    private static async Task<long> AcceptedSoFarAsync(FixedPortGateway gateway) => (await gateway.CountsByRecipientAsync()).Count;
}
