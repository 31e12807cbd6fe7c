using k8s;
using k8s.Autorest;
using Kube.Operator.Client;
using k8s.Models;
using Kube.TestApiServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WhatsAppCampaigns.Hosting.Logging;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.Operator.Hosting;
using WhatsAppCampaigns.Operator.Progress;
using KubeClient = Kube.Operator.Client.KubernetesClient;

namespace WhatsAppCampaigns.Operator.LocalMode;

/// <summary>
/// Everything the operator needs, on one machine: the embedded API server with the CRDs from
/// config/crds, a private redis-server, the mock gateway, the operator itself (restartable) and
/// the local Job controller that runs senders as processes.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly LocalClusterOptions _options;
    private IHost? _operator;

    private LocalCluster(LocalClusterOptions options, TestApiServer apiServer, RedisProcess redis, MockGatewayHost gateway,
        KubeClient client, LocalJobController jobs, string workRoot)
    {
        (_options, ApiServer, Redis, Gateway, Client, Jobs, WorkRoot) = (options, apiServer, redis, gateway, client, jobs, workRoot);
    }

    /// <summary>The embedded API server.</summary>
    public TestApiServer ApiServer { get; }

    /// <summary>The private Redis.</summary>
    public RedisProcess Redis { get; }

    /// <summary>The mock WhatsApp gateway.</summary>
    public MockGatewayHost Gateway { get; }

    /// <summary>A client of the API server.</summary>
    public IKubernetesClient Client { get; }

    /// <summary>The local Job controller.</summary>
    public LocalJobController Jobs { get; }

    /// <summary>Where Job work directories, logs and outcome files are.</summary>
    public string WorkRoot { get; }

    /// <summary>Whether the operator is running.</summary>
    public bool OperatorRunning => _operator is not null;

    /// <summary>Starts every part (the operator too unless <see cref="LocalClusterOptions.StartOperator"/> is false).</summary>
    public static async Task<LocalCluster> StartAsync(LocalClusterOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var workRoot = options.WorkRoot ?? Directory.CreateTempSubdirectory("whatsapp-local-").FullName;
        var apiServer = await TestApiServer.StartAsync(new TestApiServerOptions(), cancellationToken);
        var redis = await RedisProcess.StartAsync(cancellationToken);
        var gateway = await MockGatewayHost.StartAsync(options.Gateway ?? MockGatewayOptions.CreateDefault(), cancellationToken);
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(apiServer.WriteKubeconfig(Path.Combine(workRoot, "kubeconfig")));
        var client = new KubeClient(config);
        foreach (var file in Directory.GetFiles(options.CrdDirectory, "*.yaml").Order(StringComparer.Ordinal))
            foreach (var crd in KubernetesYaml.LoadAllFromString(await File.ReadAllTextAsync(file, cancellationToken), strict: true))
                await client.CreateAsync((V1CustomResourceDefinition)crd, cancellationToken);
        var jobs = new LocalJobController(client, options.SenderDll, Path.Combine(workRoot, "jobs"), options.JobPollInterval);
        await jobs.StartAsync(cancellationToken);
        var cluster = new LocalCluster(options, apiServer, redis, gateway, client, jobs, workRoot);
        if (options.StartOperator) await cluster.StartOperatorAsync(cancellationToken);
        return cluster;
    }

    /// <summary>Starts the operator (again).</summary>
    public async Task StartOperatorAsync(CancellationToken cancellationToken)
    {
        if (_operator is not null) return;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = Redis.Endpoint,
            ["SenderJob:ProgressRefresh"] = _options.ProgressRefresh.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Logging.ClearProviders();
        if (_options.OperatorLogLevel is { } level)
        {
            // The programs' Serilog setup; the in-memory configuration has no Logging section, so the format is the environment's.
            builder.Configuration[CampaignLogging.FormatKey] = Environment.GetEnvironmentVariable("Logging__Format");
            builder.AddCampaignLogging().Logging.SetMinimumLevel(level);
        }
        builder.Services.AddSingleton(Client);
        if (_options.Time is { } time) builder.Services.AddSingleton(time);
        builder.Services.AddWhatsAppOperator(builder.Configuration, s => s.EnableLeaderElection = false);
        _operator = builder.Build();
        await _operator.StartAsync(cancellationToken);
    }

    /// <summary>Stops the operator as a crash would leave things: no cleanup of Jobs or status.</summary>
    public async Task StopOperatorAsync()
    {
        if (_operator is not { } host) return;
        _operator = null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await host.StopAsync(timeout.Token);
        if (host.Services.GetService<IRunProgressStore>() is IAsyncDisposable store) await store.DisposeAsync();
        host.Dispose();
    }

    /// <summary>
    /// Creates each manifest (one that exists is left as it is). A WhatsAppSession's apiBaseUrl is
    /// pointed at the mock gateway, whose port is only known now.
    /// </summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(IEnumerable<IKubernetesObject<V1ObjectMeta>> manifests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        var applied = new List<string>();
        foreach (var manifest in manifests)
        {
            if (manifest is Entities.V1WhatsAppSession session) session.Spec.ApiBaseUrl = new Uri(Gateway.BaseAddress, "v21.0").ToString();
            try
            {
                Task create = manifest switch
                {
                    V1Namespace o => Client.CreateAsync(o, cancellationToken),
                    V1Secret o => Client.CreateAsync(o, cancellationToken),
                    V1ConfigMap o => Client.CreateAsync(o, cancellationToken),
                    Entities.V1WhatsAppSession o => Client.CreateAsync(o, cancellationToken),
                    Entities.V1WhatsAppCampaign o => Client.CreateAsync(o, cancellationToken),
                    _ => throw new InvalidOperationException($"local mode applies Namespace, Secret, ConfigMap, WhatsAppSession and WhatsAppCampaign, not {manifest.Kind}"),
                };
                await create;
            }
            catch (HttpOperationException e) when (e.IsAlreadyExists())
            {
            }
            applied.Add($"{manifest.Kind}/{manifest.Metadata.Name}");
        }
        return applied;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopOperatorAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30))) await Jobs.StopAsync(timeout.Token);
        Jobs.Dispose();
        Client.Dispose();
        await Gateway.DisposeAsync();
        await Redis.DisposeAsync();
        await ApiServer.DisposeAsync();
    }
}
