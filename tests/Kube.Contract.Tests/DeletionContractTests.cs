using System.Net;
using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Models;
using TestSupport;

namespace Kube.Contract.Tests;

[Collection(ContractCollection.Name)]
public sealed class DeletionContractTests(ApiServerFixture fixture)
{
    private const string Finalizer = "contract.kube-client.test/cleanup";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly IKubernetes _client = fixture.Client;
    private readonly CustomResources<V1Widget> _widgets = fixture.Widgets;

    private static V1ConfigMap Cm(string name, params V1OwnerReference[] owners) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, OwnerReferences = owners.Length == 0 ? null : owners },
    };

    [Fact]
    public async Task Delete_WithFinalizer_SetsDeletionTimestampUntilLastFinalizerIsRemoved()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var draft = V1Widget.Create(ns, "fin");
        draft.AddFinalizer(Finalizer);
        var widget = await _widgets.CreateAsync(draft);

        var answer = await _widgets.DeleteAsync(ns, "fin", new V1DeleteOptions());
        var kept = KubernetesJson.Deserialize<V1Widget>(answer.GetRawText());
        Assert.Equal("Widget", kept.Kind);
        Assert.NotNull(kept.Metadata.DeletionTimestamp);
        Assert.Equal(widget.Metadata.Generation + 1, kept.Metadata.Generation);

        var stillThere = await _widgets.GetAsync(ns, "fin");
        Assert.NotNull(stillThere.Metadata.DeletionTimestamp);

        stillThere.AddFinalizer("contract.kube-client.test/late");
        var late = await ApiErrors.ThrowsAsync(HttpStatusCode.UnprocessableEntity, () => _widgets.ReplaceAsync(stillThere));
        Assert.Contains(late.Causes(), c => c.Field == "metadata.finalizers");

        await using var events = _widgets.WatchAsync(ns, stillThere.Metadata.ResourceVersion).GetAsyncEnumerator();
        var next = events.MoveNextAsync().AsTask();
        stillThere = await _widgets.GetAsync(ns, "fin");
        stillThere.RemoveFinalizer(Finalizer);
        await _widgets.ReplaceAsync(stillThere);
        Assert.Null(await _widgets.FindAsync(ns, "fin"));
        Assert.True(await next.WaitAsync(Deadline));
        Assert.Equal((WatchEventType.Deleted, "fin"), (events.Current.Type, events.Current.Object.Metadata.Name));
    }

    [Fact]
    public async Task Delete_OwnerInBackground_CascadesToDependents()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var owner = await _widgets.CreateAsync(V1Widget.Create(ns, "owner"));
        var reference = owner.OwnerReference();
        await _client.CoreV1.CreateNamespacedConfigMapAsync(Cm("dep-1", reference), ns);
        await _client.CoreV1.CreateNamespacedConfigMapAsync(Cm("dep-2", reference), ns);
        await _client.CoreV1.CreateNamespacedConfigMapAsync(Cm("bystander"), ns);

        var answer = await _widgets.DeleteAsync(ns, "owner", new V1DeleteOptions { PropagationPolicy = "Background" });
        Assert.Equal("Success", KubernetesJson.Deserialize<V1Status>(answer.GetRawText()).Status);

        await Eventually.UntilAsync(async () => (await _client.CoreV1.ListNamespacedConfigMapAsync(ns)).Items
            .All(c => c.Metadata.Name is not ("dep-1" or "dep-2")), "dependents garbage-collected");
        Assert.NotNull(await _client.CoreV1.ReadNamespacedConfigMapAsync("bystander", ns));
    }

    [Fact]
    public async Task Delete_JobWithoutPropagationPolicy_OrphansPods_WithBackgroundDeletesThem()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var orphaning = await _client.BatchV1.CreateNamespacedJobAsync(SuspendedJob("orphaning"), ns);
        var cascading = await _client.BatchV1.CreateNamespacedJobAsync(SuspendedJob("cascading"), ns);
        var orphan = await _client.CoreV1.CreateNamespacedPodAsync(Pod("orphan-pod", orphaning), ns);
        await _client.CoreV1.CreateNamespacedPodAsync(Pod("cascaded-pod", cascading), ns);

        await _client.BatchV1.DeleteNamespacedJobAsync("orphaning", ns);
        await _client.BatchV1.DeleteNamespacedJobAsync("cascading", ns, propagationPolicy: "Background");

        await Eventually.UntilAsync(async () => !await ExistsAsync(() => _client.CoreV1.ReadNamespacedPodAsync("cascaded-pod", ns)),
            "pod of the Background-deleted Job removed");
        await Eventually.UntilAsync(async () => !await ExistsAsync(() => _client.BatchV1.ReadNamespacedJobAsync("orphaning", ns)),
            "orphaning Job removed");
        var survivor = await _client.CoreV1.ReadNamespacedPodAsync("orphan-pod", ns);
        Assert.Equal(orphan.Metadata.Uid, survivor.Metadata.Uid);
    }

    [Fact]
    public async Task Delete_PreconditionUidMismatch_ThrowsConflictAndKeepsObject()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _client.CoreV1.CreateNamespacedConfigMapAsync(Cm("guarded"), ns);
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.Conflict, () => _client.CoreV1.DeleteNamespacedConfigMapAsync("guarded", ns,
            new V1DeleteOptions { Preconditions = new V1Preconditions { Uid = Guid.NewGuid().ToString() } }));
        Assert.Equal("Conflict", status.Reason);
        Assert.NotNull(await _client.CoreV1.ReadNamespacedConfigMapAsync("guarded", ns));
    }

    [Fact]
    public async Task Delete_Missing_ThrowsNotFound()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.NotFound, () => _client.CoreV1.DeleteNamespacedConfigMapAsync("absent", ns));
        Assert.Equal(("NotFound", "absent", "configmaps"), (status.Reason, status.Details.Name, status.Details.Kind));
    }

    private static async Task<bool> ExistsAsync<T>(Func<Task<T>> read)
    {
        try
        {
            await read();
            return true;
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private static V1Job SuspendedJob(string name) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1JobSpec
        {
            Suspend = true, // no Job controller pods on a real cluster: the test's own pod is the only dependent
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec { RestartPolicy = "Never", Containers = [new V1Container { Name = "c", Image = "registry.k8s.io/pause:3.9" }] },
            },
        },
    };

    private static V1Pod Pod(string name, V1Job owner) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = name,
            // controller: false, so the real Job controller does not adopt or count it.
            OwnerReferences = [new V1OwnerReference { ApiVersion = "batch/v1", Kind = "Job", Name = owner.Metadata.Name, Uid = owner.Metadata.Uid, Controller = false }],
        },
        Spec = new V1PodSpec { RestartPolicy = "Never", Containers = [new V1Container { Name = "c", Image = "registry.k8s.io/pause:3.9" }] },
    };
}
