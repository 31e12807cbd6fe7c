using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using WhatsAppCampaigns.MockGateway.Inspection;
using WhatsAppCampaigns.MockGateway.Rules;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Hosting;

/// <summary>
/// The gateway running in-process on a loopback port, for other projects' tests and benchmarks:
/// <c>await using var gateway = await MockGatewayHost.StartAsync(options, ct);</c> then send to
/// <see cref="BaseAddress"/> (<c>{BaseAddress}v21.0/{phoneNumberId}/messages</c>). It can be
/// stopped and started again on the same port (<see cref="StopAsync"/>, <see cref="RestartAsync"/>)
/// to play an outage; what it accepted, its rate limits, windows and messaging-limit count, its
/// counters and its scenario survive the stop, and the inspection members keep answering meanwhile.
/// </summary>
public sealed class MockGatewayHost : IAsyncDisposable
{
    private readonly MockGatewayOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private readonly GatewayState _state;
    private readonly MessageLog _log;
    private readonly GatewayCounters _counters;
    private readonly ScenarioStore _scenarios;
    private WebApplication _app;
    private bool _running;
    private bool _appDisposed;
    private int _disposed;

    private MockGatewayHost(MockGatewayOptions options, TimeProvider time, WebApplication app, Uri baseAddress)
    {
        _options = options;
        _time = time;
        _app = app;
        _running = true;
        BaseAddress = baseAddress;
        _state = app.Services.GetRequiredService<GatewayState>();
        _log = app.Services.GetRequiredService<MessageLog>();
        _counters = app.Services.GetRequiredService<GatewayCounters>();
        _scenarios = app.Services.GetRequiredService<ScenarioStore>();
    }

    /// <summary>The root URL, ending in <c>/</c>, e.g. <c>http://127.0.0.1:41234/</c>; the same after a restart.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The port listened on (fixed for the host's life: a restart binds it again).</summary>
    public int Port => BaseAddress.Port;

    /// <summary>True between a start and a stop.</summary>
    public bool IsRunning => Volatile.Read(ref _running);

    /// <summary>The options in force (with development defaults filled in where lists were empty).</summary>
    public MockGatewayOptions Options => _state.Options;

    /// <summary>The gateway's services (of the latest start), for tests that need more than this class offers.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// The most recent accepted messages, whole, in acceptance order (same data as <c>GET /inspection/messages</c>):
    /// all of them up to <see cref="MockGatewayOptions.MaxRecordedMessages"/>, none when
    /// <see cref="MockGatewayOptions.RecordMessages"/> is off. <see cref="Counters"/> has the total.
    /// </summary>
    public IReadOnlyList<AcceptedMessage> Messages => _log.Snapshot();

    /// <summary>
    /// Accepted messages per recipient wa_id since start or the last reset, stops and restarts
    /// included, however many (same data as <c>GET /inspection/recipients</c>).
    /// </summary>
    public IReadOnlyDictionary<string, int> CountsByRecipient => _log.CountsByRecipient();

    /// <summary>The counters now (same data as <c>GET /inspection/counters</c>); they survive a restart.</summary>
    public CountersSnapshot Counters => _counters.Snapshot();

    /// <summary>The send URL for <paramref name="phoneNumberId"/> under API <paramref name="version"/>.</summary>
    public Uri MessagesUri(string phoneNumberId, string version = "v21.0") => new(BaseAddress, $"{version}/{phoneNumberId}/messages");

    /// <summary>
    /// The count and last message for one recipient (<paramref name="to"/> as sent, or its wa_id),
    /// or null when nothing was accepted for them (same data as <c>GET /inspection/recipients/{to}</c>).
    /// </summary>
    public AcceptedRecipient? Recipient(string to)
    {
        ArgumentNullException.ThrowIfNull(to);
        return _log.Recipient(WaIds.TryNormalize(to, out var waId) ? waId : to);
    }

    /// <summary>Replaces the scenario, like <c>PUT /admin/scenario</c>.</summary>
    /// <exception cref="ScenarioException">The scenario is invalid; the current one stays.</exception>
    public void ReplaceScenario(Scenario scenario) => _scenarios.Replace(scenario);

    /// <summary>Starts a gateway on the system clock.</summary>
    public static Task<MockGatewayHost> StartAsync(MockGatewayOptions options, CancellationToken cancellationToken) =>
        StartAsync(options, TimeProvider.System, cancellationToken);

    /// <summary>Starts a gateway on 127.0.0.1 and a free port, reading time from <paramref name="time"/>.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid; the message names the field.</exception>
    public static Task<MockGatewayHost> StartAsync(MockGatewayOptions options, TimeProvider time, CancellationToken cancellationToken) =>
        StartAsync(options, time, 0, cancellationToken);

    /// <summary>
    /// Starts a gateway on 127.0.0.1:<paramref name="port"/> (0: a free port), reading time from
    /// <paramref name="time"/>. A fixed port lets a test start a fresh gateway where a stopped one was.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid; the message names the field.</exception>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<MockGatewayHost> StartAsync(MockGatewayOptions options, TimeProvider time, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        var app = await StartAppAsync(options, time, port, carried: null, cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new MockGatewayHost(options, time, app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>
    /// Stops listening: in-flight requests finish, new connections are refused, pending webhooks
    /// are dropped (counted as abandoned). Everything recorded stays readable here, and
    /// <see cref="RestartAsync"/> carries it on. Does nothing when already stopped.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            await StopCoreAsync(cancellationToken);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// Starts again on the same port with the same state: counts per recipient, recent messages,
    /// counters, rate limits, windows, the messaging-limit window, the scenario and the chaos
    /// clock (time since the first start). Stops first when running.
    /// </summary>
    /// <exception cref="IOException">The port was taken by someone else meanwhile.</exception>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            await StopCoreAsync(cancellationToken);
            await DisposeAppAsync();
            _app = await StartAppAsync(_options, _time, Port, this, cancellationToken);
            _appDisposed = false;
            Volatile.Write(ref _running, true);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Stops the gateway (pending webhooks are abandoned) and frees the port; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _lifecycle.WaitAsync();
        try
        {
            await StopCoreAsync(CancellationToken.None);
            await DisposeAppAsync();
        }
        finally
        {
            _lifecycle.Release();
        }
        _lifecycle.Dispose();
    }

    private async Task StopCoreAsync(CancellationToken cancellationToken)
    {
        if (!IsRunning) return;
        await _app.StopAsync(cancellationToken);
        Volatile.Write(ref _running, false);
        _counters.AbandonUndelivered();
    }

    private async Task DisposeAppAsync()
    {
        if (_appDisposed) return;
        _appDisposed = true;
        await _app.DisposeAsync();
    }

    private static async Task<WebApplication> StartAppAsync(MockGatewayOptions options, TimeProvider time, int port,
        MockGatewayHost? carried, CancellationToken cancellationToken)
    {
        // The empty builder reads no appsettings or environment: the caller's options are the whole truth.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.AddServerHeader = false);
        builder.WebHost.UseUrls(FormattableString.Invariant($"http://127.0.0.1:{port}"));
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddSingleton(time);
        if (carried is not null)
        {
            // Registered before AddMockGateway, whose TryAdd then keeps these: the state lives on.
            builder.Services.AddSingleton(carried._state);
            builder.Services.AddSingleton(carried._log);
            builder.Services.AddSingleton(carried._counters);
            builder.Services.AddSingleton(carried._scenarios);
        }
        builder.Services.AddMockGateway(options);
        var app = builder.Build();
        try
        {
            app.UseRouting();
            app.MapMockGateway();
            _ = app.Services.GetRequiredService<GatewayState>(); // validates the options before listening
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }
}
