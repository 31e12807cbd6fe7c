using Kube.Client.Autorest;
using Kube.Client.KubernetesClient;
using Kube.Client.Models;
using TestSupport;

namespace Kube.Client.Tests.Contract;

[Collection(ContractCollection.Name)]
public sealed class DeletionContractTests(ApiServerFixture fixture)
{
    private const string Finalizer = "contract.kube-client.test/cleanup";
    private readonly IKubernetesClient _client = fixture.Client;

    private static V1ConfigMap Cm(string ns, string name, params V1OwnerReference[] owners) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, OwnerReferences = owners.Length == 0 ? null : owners },
    };

    [Fact]
    public async Task Delete_WithFinalizer_SetsDeletionTimestampUntilLastFinalizerIsRemoved()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var draft = V1Widget.Create(ns, "fin");
        draft.AddFinalizer(Finalizer);
        var widget = await _client.CreateAsync(draft);

        var kept = await _client.DeleteAsync<V1Widget>("fin", ns, new V1DeleteOptions());
        Assert.NotNull(kept);
        Assert.NotNull(kept.Metadata.DeletionTimestamp);
        Assert.Equal(widget.Metadata.Generation + 1, kept.Metadata.Generation);

        var stillThere = (await _client.GetAsync<V1Widget>("fin", ns))!;
        Assert.NotNull(stillThere.Metadata.DeletionTimestamp);

        stillThere.AddFinalizer("contract.kube-client.test/late");
        var late = await Assert.ThrowsAsync<InvalidException>(() => _client.UpdateAsync(stillThere));
        Assert.Contains(late.Causes, c => c.Field == "metadata.finalizers");

        await using var events = _client.WatchEventsAsync<V1Widget>(ns,
            new WatchOptions { ResourceVersion = stillThere.Metadata.ResourceVersion }).GetAsyncEnumerator();
        stillThere = (await _client.GetAsync<V1Widget>("fin", ns))!;
        stillThere.RemoveFinalizer(Finalizer);
        await _client.UpdateAsync(stillThere);
        Assert.Null(await _client.GetAsync<V1Widget>("fin", ns));
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(WatchEventType.Deleted, events.Current.Type);
    }

    [Fact]
    public async Task Delete_OwnerInBackground_CascadesToDependents()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var owner = await _client.CreateAsync(V1Widget.Create(ns, "owner"));
        var reference = owner.MakeOwnerReference();
        await _client.CreateAsync(Cm(ns, "dep-1", reference));
        await _client.CreateAsync(Cm(ns, "dep-2", reference));
        await _client.CreateAsync(Cm(ns, "bystander"));

        Assert.Null(await _client.DeleteAsync<V1Widget>("owner", ns, new V1DeleteOptions { PropagationPolicy = "Background" }));

        await Eventually.UntilAsync(async () => (await _client.ListAsync<V1ConfigMap>(ns)).All(c => c.Metadata.Name is not ("dep-1" or "dep-2")),
            "dependents garbage-collected");
        Assert.NotNull(await _client.GetAsync<V1ConfigMap>("bystander", ns));
    }

    [Fact]
    public async Task Delete_JobWithoutPropagationPolicy_OrphansPods_WithBackgroundDeletesThem()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var orphaning = await _client.CreateAsync(SuspendedJob(ns, "orphaning"));
        var cascading = await _client.CreateAsync(SuspendedJob(ns, "cascading"));
        var orphan = await _client.CreateAsync(Pod(ns, "orphan-pod", orphaning));
        await _client.CreateAsync(Pod(ns, "cascaded-pod", cascading));

        await _client.DeleteAsync<V1Job>("orphaning", ns);
        await _client.DeleteAsync<V1Job>("cascading", ns, new V1DeleteOptions { PropagationPolicy = "Background" });

        await Eventually.UntilAsync(async () => await _client.GetAsync<V1Pod>("cascaded-pod", ns) is null,
            "pod of the Background-deleted Job removed");
        await Eventually.UntilAsync(async () => await _client.GetAsync<V1Job>("orphaning", ns) is null,
            "orphaning Job removed");
        var survivor = await _client.GetAsync<V1Pod>("orphan-pod", ns);
        Assert.NotNull(survivor);
        Assert.Equal(orphan.Metadata.Uid, survivor.Metadata.Uid);
    }

    [Fact]
    public async Task Delete_PreconditionUidMismatch_ThrowsConflictAndKeepsObject()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _client.CreateAsync(Cm(ns, "guarded"));
        await Assert.ThrowsAsync<ConflictException>(() => _client.DeleteAsync<V1ConfigMap>("guarded", ns,
            new V1DeleteOptions { Preconditions = new V1Preconditions { Uid = Guid.NewGuid().ToString() } }));
        Assert.NotNull(await _client.GetAsync<V1ConfigMap>("guarded", ns));
    }

    [Fact]
    public async Task Delete_Missing_MirroredCallIgnoresIt_OptionsCallThrowsNotFound()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _client.DeleteAsync<V1ConfigMap>("absent", ns);
        await Assert.ThrowsAsync<NotFoundException>(() => _client.DeleteAsync<V1ConfigMap>("absent", ns, new V1DeleteOptions()));
    }

    private static V1Job SuspendedJob(string ns, string name) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
        Spec = new V1JobSpec
        {
            Suspend = true, // no Job controller pods on a real cluster: the test's own pod is the only dependent
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec { RestartPolicy = "Never", Containers = [new V1Container { Name = "c", Image = "registry.k8s.io/pause:3.9" }] },
            },
        },
    };

    private static V1Pod Pod(string ns, string name, V1Job owner)
    {
        var reference = owner.MakeOwnerReference();
        reference.Controller = false; // the real Job controller must not adopt or count it
        return new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, OwnerReferences = [reference] },
            Spec = new V1PodSpec { RestartPolicy = "Never", Containers = [new V1Container { Name = "c", Image = "registry.k8s.io/pause:3.9" }] },
        };
    }
}
