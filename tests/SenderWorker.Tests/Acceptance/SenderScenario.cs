using System.Globalization;
using StackExchange.Redis;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Dedupe;

namespace WhatsAppCampaigns.SenderWorker.Tests.Acceptance;

/// <summary>
/// One campaign for the real sender: recipients mounted as a ConfigMap key, a snapshot file, the
/// environment. Delivery settings (rate, retries, guarantee, dedupe scope) live in the snapshot:
/// change them with <see cref="WithDelivery"/>; <see cref="With"/> also takes the former
/// <c>Sending__RatePerSecond</c>-style keys and moves them into the snapshot.
/// </summary>
internal sealed class SenderScenario : IDisposable
{
    private readonly string _snapshotPath;

    public SenderScenario(string redisEndpoint, Uri gateway, byte[] recipients, string? campaign = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "sender-acceptance-" + Guid.NewGuid().ToString("N"));
        Campaign = campaign ?? "c" + Guid.NewGuid().ToString("N")[..10];
        var objects = Path.Combine(Directory, "configmaps", "shop", "contacts");
        System.IO.Directory.CreateDirectory(objects);
        File.WriteAllBytes(Path.Combine(objects, "list.csv"), recipients);
        var snapshot = new CampaignRunSnapshot
        {
            Namespace = "shop",
            Campaign = Campaign,
            Session = "session-" + Campaign,
            Recipients = new RecipientsSource { ConfigMap = new KeyReference("contacts", "list.csv"), DefaultRegion = "IL" },
            Message = new CampaignMessage { Text = "Hi {{name}}, spring sale!" },
            VariableDefaults = new Dictionary<string, string> { ["name"] = "there" },
            Delivery = new DeliverySettings
            {
                Rate = new SendRate { MessagesPerSecond = 900, Burst = 50 },
                Retry = new RetrySettings { InitialBackoffMilliseconds = 50, MaxBackoffMilliseconds = 1_000 },
            },
        };
        _snapshotPath = Path.Combine(Directory, "snapshot.json");
        Snapshot = snapshot;
        RedisEndpoint = redisEndpoint;
        Environment = new Dictionary<string, string>
        {
            ["SENDER_RUN_SNAPSHOT_FILE"] = _snapshotPath,
            ["Redis__Configuration"] = redisEndpoint,
            ["Gateway__BaseUrl"] = gateway.ToString(),
            ["Gateway__PhoneNumberId"] = "106540352242922",
            ["Gateway__AccessToken"] = "mock-access-token",
            ["KubernetesObjects__Directory"] = Directory,
            ["Sending__MaxInFlight"] = "64",
            ["Sending__LockExpiry"] = "00:00:05",
            ["Sending__LockWait"] = "00:01:00",
            ["Logging__LogLevel__Default"] = "Information",
        };
    }

    public string Directory { get; }

    public string Campaign { get; }

    public string RedisEndpoint { get; }

    public Dictionary<string, string> Environment { get; }

    /// <summary>The run snapshot the sender reads (written to its file on every change).</summary>
    public CampaignRunSnapshot Snapshot
    {
        get;
        private set
        {
            field = value;
            File.WriteAllText(_snapshotPath, CampaignRunSnapshotJson.Serialize(value));
        }
    }

    /// <summary>Sets an environment variable; a former delivery key (<c>Sending__RatePerSecond</c>, …) goes into the snapshot instead.</summary>
    public SenderScenario With(string key, string value)
    {
        var c = CultureInfo.InvariantCulture;
        long Ms(string v) => (long)TimeSpan.Parse(v, c).TotalMilliseconds;
        switch (key)
        {
            case "Sending__RatePerSecond" when double.Parse(value, c) == 0:
                Environment["Sending__DisableRateLimit"] = "true";
                return this;
            case "Sending__RatePerSecond":
                return WithDelivery(d => d with { Rate = (d.Rate ?? new SendRate { MessagesPerSecond = 1 }) with { MessagesPerSecond = double.Parse(value, c) } });
            case "Sending__Burst":
                return WithDelivery(d => d with { Rate = (d.Rate ?? new SendRate { MessagesPerSecond = DeliverySettings.DefaultMessagesPerSecond }) with { Burst = int.Parse(value, c) } });
            case "Sending__Jitter":
                return WithDelivery(d => d with { JitterMilliseconds = Ms(value) });
            case "Sending__RetryAttempts":
                return WithDelivery(d => d with { Retry = (d.Retry ?? new RetrySettings()) with { MaxAttempts = int.Parse(value, c) } });
            case "Sending__RetryInitialDelay":
                return WithDelivery(d => d with { Retry = (d.Retry ?? new RetrySettings()) with { InitialBackoffMilliseconds = Ms(value) } });
            case "Sending__RetryMaxDelay":
                return WithDelivery(d => d with { Retry = (d.Retry ?? new RetrySettings()) with { MaxBackoffMilliseconds = Ms(value) } });
            case "Sending__DeliveryPolicy":
                return WithDelivery(d => d with { Guarantee = Enum.Parse<DeliveryPolicy>(value) });
            default:
                Environment[key] = value;
                return this;
        }
    }

    /// <summary>Changes the snapshot's delivery settings.</summary>
    public SenderScenario WithDelivery(Func<DeliverySettings, DeliverySettings> change)
    {
        Snapshot = Snapshot with { Delivery = change(Snapshot.Delivery ?? new DeliverySettings()) };
        return this;
    }

    /// <summary>The run's progress hash, as the operator reads it.</summary>
    public async Task<Dictionary<string, string>> ProgressAsync()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisEndpoint);
        var entries = await redis.GetDatabase().HashGetAllAsync($"sender:{{shop/{Campaign}}}:progress:run");
        return entries.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
    }

    public static long Count(Dictionary<string, string> progress, string field) =>
        long.Parse(progress[field], CultureInfo.InvariantCulture);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
