using System.Net;
using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Kube.TestApiServer;
using TestSupport;
using EmbeddedServer = Kube.TestApiServer.TestApiServer;

namespace Kube.Contract.Tests;

/// <summary>
/// "An API server" for the contract suite: the embedded server by default, or the cluster named by the
/// kubeconfig in <c>KUBE_CONTRACT_KUBECONFIG</c>. Installs the test CRDs, hands out fresh namespaces,
/// and removes them at the end. Every request goes through the official KubernetesClient.
/// </summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    /// <summary>Names a kubeconfig to run the suite against a real cluster instead of the embedded server.</summary>
    public const string KubeconfigVariable = "KUBE_CONTRACT_KUBECONFIG";

    private readonly List<string> _namespaces = [];
    private string? _tempDir;

    /// <summary>The embedded server, or null against a real cluster.</summary>
    public EmbeddedServer? Server { get; private set; }

    public KubernetesClientConfiguration Config { get; private set; } = null!;

    public RequestRecorder Recorder { get; } = new();

    public IKubernetes Client { get; private set; } = null!;

    /// <summary>The embedded server for tests marked <c>Requires=ServerHooks</c>; a real cluster cannot inject faults.</summary>
    public EmbeddedServer Hooks => Server ?? throw new InvalidOperationException(
        "This test needs the embedded server's hooks (faults, history compaction); against a real cluster run the suite " +
        "with --filter \"Requires!=ServerHooks\".");

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(KubeconfigVariable) is { Length: > 0 } kubeconfig)
        {
            Config = KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfig);
        }
        else
        {
            Server = await EmbeddedServer.StartAsync(new TestApiServerOptions());
            _tempDir = Directory.CreateTempSubdirectory("kube-contract-").FullName;
            Config = KubernetesClientConfiguration.BuildConfigFromConfigFile(
                Server.WriteKubeconfig(Path.Combine(_tempDir, "kubeconfig")));
        }
        Client = new Kubernetes(Config, Recorder);
        foreach (var crd in TestCrds.All) await EnsureCrdAsync(crd);
        // Serving can lag Established by a moment on a real apiserver; Eventually reports the last error.
        await Eventually.UntilAsync(async () =>
        {
            await Widgets.ListAsync("default");
            await Gadgets.ListAsync("default");
            return true;
        }, "custom resources served");
    }

    /// <summary>Typed access to the Widget custom resource.</summary>
    public CustomResources<V1Widget> Widgets => new(Client, "widgets");

    /// <summary>Typed access to the Gadget custom resource.</summary>
    public CustomResources<V1Gadget> Gadgets => new(Client, "gadgets");

    /// <summary>A new namespace for one test, deleted when the suite ends.</summary>
    public async Task<string> CreateNamespaceAsync()
    {
        var name = "kc-" + Guid.NewGuid().ToString("N")[..10];
        await Client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = name } });
        lock (_namespaces) _namespaces.Add(name);
        return name;
    }

    private async Task EnsureCrdAsync(V1CustomResourceDefinition crd)
    {
        try
        {
            await Client.ApiextensionsV1.CreateCustomResourceDefinitionAsync(crd);
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.Conflict)
        {
            // A real cluster keeps it from an earlier run.
        }
        await Eventually.UntilAsync(async () =>
        {
            var stored = await Client.ApiextensionsV1.ReadCustomResourceDefinitionAsync(crd.Metadata.Name);
            return stored.Status?.Conditions?.Any(c => c.Type == "Established" && c.Status == "True") == true;
        }, $"CRD {crd.Metadata.Name} Established");
    }

    public async Task DisposeAsync()
    {
        foreach (var ns in _namespaces)
        {
            try
            {
                await Client.CoreV1.DeleteNamespaceAsync(ns);
            }
            catch (HttpOperationException)
            {
                // Best effort: the server is going away (embedded) or the namespace is already terminating.
            }
        }
        Client.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        if (_tempDir is not null) Directory.Delete(_tempDir, recursive: true);
    }

    /// <summary>Parses JSON text for raw fields in test objects.</summary>
    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
