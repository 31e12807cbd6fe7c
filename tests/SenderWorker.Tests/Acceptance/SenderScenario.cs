using System.Globalization;
using Redis.Client;
using WhatsAppCampaigns.SenderWorker.Campaigns;

namespace WhatsAppCampaigns.SenderWorker.Tests.Acceptance;

/// <summary>One campaign for the real sender: recipients mounted as a ConfigMap key, a snapshot file, the environment.</summary>
internal sealed class SenderScenario : IDisposable
{
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
        };
        var snapshotPath = Path.Combine(Directory, "snapshot.json");
        File.WriteAllText(snapshotPath, CampaignRunSnapshotJson.Serialize(snapshot));
        RedisEndpoint = redisEndpoint;
        Environment = new Dictionary<string, string>
        {
            ["SENDER_RUN_SNAPSHOT_FILE"] = snapshotPath,
            ["Redis__Configuration"] = redisEndpoint,
            ["Gateway__BaseUrl"] = gateway.ToString(),
            ["Gateway__PhoneNumberId"] = "106540352242922",
            ["Gateway__AccessToken"] = "mock-access-token",
            ["KubernetesObjects__Directory"] = Directory,
            ["Sending__RatePerSecond"] = "900",
            ["Sending__Burst"] = "50",
            ["Sending__MaxInFlight"] = "64",
            ["Sending__RetryInitialDelay"] = "00:00:00.050",
            ["Sending__RetryMaxDelay"] = "00:00:01",
            ["Sending__LockExpiry"] = "00:00:05",
            ["Sending__LockWait"] = "00:01:00",
            ["Logging__LogLevel__Default"] = "Information",
        };
    }

    public string Directory { get; }

    public string Campaign { get; }

    public string RedisEndpoint { get; }

    public Dictionary<string, string> Environment { get; }

    public SenderScenario With(string key, string value)
    {
        Environment[key] = value;
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
