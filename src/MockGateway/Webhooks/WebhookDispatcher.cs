using System.Threading.Channels;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Inspection;
using WhatsAppCampaigns.MockGateway.Rules;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>
/// Posts status and inbound-message webhooks in the background so they never slow the send path:
/// sends drop one job into a bounded channel; a scheduler turns jobs into timed events and hands
/// due ones, batched, to a fixed set of lanes; each lane posts in order and retries with capped
/// exponential backoff (at least once). A user's webhooks always use the same lane, so without
/// failures and without configured duplication or reordering they arrive once and in order.
/// </summary>
internal sealed partial class WebhookDispatcher : BackgroundService
{
    private readonly WebhookOptions _options;
    private readonly string _businessAccountId;
    private readonly GatewayState _state;
    private readonly GatewayCounters _counters;
    private readonly TimeProvider _time;
    private readonly ILogger<WebhookDispatcher> _logger;
    private readonly Channel<WebhookJob> _jobs;
    private readonly Channel<PendingPost> _retries = Channel.CreateUnbounded<PendingPost>();
    private readonly Channel<PendingPost>[] _lanes;
    private readonly HttpClient _http;

    public WebhookDispatcher(IOptions<MockGatewayOptions> options, GatewayState state, GatewayCounters counters,
        TimeProvider time, ILogger<WebhookDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.Webhooks;
        _businessAccountId = options.Value.BusinessAccountId;
        _state = state;
        _counters = counters;
        _time = time;
        _logger = logger;
        _jobs = Channel.CreateBounded<WebhookJob>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // never drop: a full queue makes the sender wait instead
            SingleReader = false,
        });
        _lanes = Enumerable.Range(0, _options.Concurrency)
            .Select(_ => Channel.CreateBounded<PendingPost>(new BoundedChannelOptions(64) { SingleReader = true }))
            .ToArray();
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = _options.Concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan, // each attempt has its own timeout on the gateway's clock
        };
    }

    /// <summary>False when no callback URL is configured: nothing is queued or posted.</summary>
    public bool Enabled => _options.CallbackUrl is not null;

    /// <summary>Queues a job; completes at once unless the queue is full (then waits, never drops).</summary>
    public ValueTask EnqueueAsync(WebhookJob job, CancellationToken cancellationToken)
    {
        _counters.JobQueued();
        if (_jobs.Writer.TryWrite(job)) return ValueTask.CompletedTask;
        _counters.QueueFullWait();
        return _jobs.Writer.WriteAsync(job, cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return Task.CompletedTask;
        var workers = _lanes.Select(lane => RunLaneAsync(lane.Reader, stoppingToken)).ToList();
        workers.Add(RunSchedulerAsync(stoppingToken));
        return Task.WhenAll(workers);
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    private static int LaneOf(string waId, int lanes) => (int)(Scenarios.SeededDraw.Hash(waId) % (ulong)lanes);
}
