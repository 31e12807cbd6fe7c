using System.Net;
using System.Text.Json.Nodes;
using Kube.TestApiServer.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kube.TestApiServer;

/// <summary>
/// An in-process Kubernetes API server on loopback (plain HTTP, Kestrel, port chosen by the OS) that
/// speaks kube-apiserver's REST paths and JSON and honours its semantics: one global resourceVersion,
/// optimistic concurrency, watch with bookmarks and 410 Gone, CRDs with schema validation and pruning,
/// the status subresource, finalizers, owner-reference garbage collection, selectors, paging and the
/// patch types. Start one per test class (or per test: it is cheap).
/// </summary>
public sealed class TestApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ObjectStore _store;

    private TestApiServer(WebApplication app, ObjectStore store, FaultInjector faults, Uri baseAddress)
    {
        _app = app;
        _store = store;
        Faults = faults;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root URL, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Failure injection for tests (error answers, latency, cut watches).</summary>
    public FaultInjector Faults { get; }

    /// <summary>Starts a server; installs the CRDs of <see cref="TestApiServerOptions.CrdDirectory"/> first.</summary>
    /// <param name="options">Settings, or the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    /// <exception cref="InvalidOperationException">A CRD file could not be read or was rejected.</exception>
    public static async Task<TestApiServer> StartAsync(TestApiServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new TestApiServerOptions();
        var registry = new ResourceRegistry();
        var store = new ObjectStore(registry, options.TimeProvider, options.WatchHistoryLimit);
        if (options.CrdDirectory is { } directory) InstallCrds(store, directory);
        var faults = new FaultInjector();
        var handler = new RequestHandler(store, registry, faults, options);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = 3 * 1024 * 1024;
        });
        var app = builder.Build();
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        return new TestApiServer(app, store, faults, new Uri($"http://127.0.0.1:{port}/"));
    }

    private static void InstallCrds(ObjectStore store, string directory)
    {
        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                var text = File.ReadAllText(file);
                var documents = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? [JsonNode.Parse(text)] : YamlJson.ParseAll(text);
                foreach (var crd in documents.OfType<JsonObject>())
                    if (crd.Str("kind") == "CustomResourceDefinition") store.Install(crd);
            }
            catch (ApiException ex)
            {
                throw new InvalidOperationException($"{file}: CRD rejected: {ex.Message}", ex);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or YamlDotNet.Core.YamlException or IOException)
            {
                throw new InvalidOperationException($"{file}: cannot read CRD: {ex.Message}", ex);
            }
        }
    }

    /// <summary>Drops all retained history so any watch from an older resourceVersion gets 410 Gone.</summary>
    public void CompactHistory() => _store.CompactHistory();

    /// <summary>
    /// Writes a kubeconfig (current-context pointing at <see cref="BaseAddress"/>, namespace "default",
    /// token auth with any token) and returns its path.
    /// </summary>
    /// <param name="path">Where to write the file (its folder must exist).</param>
    /// <returns>The full path written.</returns>
    public string WriteKubeconfig(string path)
    {
        var server = BaseAddress.ToString().TrimEnd('/');
        var text = $$"""
            apiVersion: v1
            kind: Config
            current-context: test-api-server
            clusters:
            - name: test-api-server
              cluster:
                server: {{server}}
            users:
            - name: test-user
              user:
                token: test-token
            contexts:
            - name: test-api-server
              context:
                cluster: test-api-server
                user: test-user
                namespace: default
            preferences: {}

            """;
        var full = Path.GetFullPath(path);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Stops the server, ending every open watch.</summary>
    public async ValueTask DisposeAsync()
    {
        Faults.CutWatches();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
