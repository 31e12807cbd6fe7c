using Kube.Client.KubernetesClient;
using Kube.Client.Models;

namespace Kube.Client.Tests.Contract;

[Collection(ContractCollection.Name)]
public sealed class StatusSubresourceContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetesClient _client = fixture.Client;

    [Fact]
    public async Task Generation_WithStatusSubresource_MovesOnSpecChangesOnly()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var widget = await _client.CreateAsync(V1Widget.Create(ns, "gen"));
        Assert.Equal(1, widget.Metadata.Generation);

        widget.Metadata.Labels = new Dictionary<string, string> { ["touched"] = "yes" };
        widget = await _client.UpdateAsync(widget);
        Assert.Equal(1, widget.Metadata.Generation);

        widget.Status.Phase = "Running";
        widget = await _client.UpdateStatusAsync(widget);
        Assert.Equal(1, widget.Metadata.Generation);
        Assert.Equal("Running", widget.Status.Phase);

        widget.Spec.Size = 2;
        widget = await _client.UpdateAsync(widget);
        Assert.Equal(2, widget.Metadata.Generation);
    }

    [Fact]
    public async Task Generation_WithoutStatusSubresource_MovesOnStatusChangesToo()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var gadget = await _client.CreateAsync(new V1Gadget
        {
            Metadata = new V1ObjectMeta { Name = "g", NamespaceProperty = ns },
            Spec = new V1Gadget.GadgetSpec { Size = 1 },
        });
        Assert.Equal(1, gadget.Metadata.Generation);
        gadget.Status.Phase = "Changed";
        gadget = await _client.UpdateAsync(gadget);
        Assert.Equal(2, gadget.Metadata.Generation);
        Assert.Equal("Changed", gadget.Status.Phase);
    }

    [Fact]
    public async Task MainResourceWrites_IgnoreStatus_AndCreateDropsIt()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var draft = V1Widget.Create(ns, "main");
        draft.Status.Phase = "FromCreate";
        var widget = await _client.CreateAsync(draft);
        Assert.Null(widget.Status.Phase);

        widget.Status.Phase = "Real";
        widget = await _client.UpdateStatusAsync(widget);
        widget.Status.Phase = "FromMainPut";
        widget.Spec.Size = 3;
        widget = await _client.UpdateAsync(widget);
        Assert.Equal("Real", widget.Status.Phase);
        Assert.Equal(3, widget.Spec.Size);

        widget = await _client.MergePatchAsync<V1Widget>("main", ns, new { status = new { phase = "FromMainPatch" } });
        Assert.Equal("Real", widget.Status.Phase);
    }

    [Fact]
    public async Task StatusWrites_IgnoreEverythingButStatus()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var widget = await _client.CreateAsync(V1Widget.Create(ns, "st", size: 4));
        widget.Spec.Size = 99;
        widget.Metadata.Labels = new Dictionary<string, string> { ["sneaky"] = "1" };
        widget.Metadata.Finalizers = ["example.org/sneaky"];
        widget.Status.Phase = "Done";
        widget.Status.ObservedGeneration = 1;
        var stored = await _client.UpdateStatusAsync(widget);
        Assert.Equal(4, stored.Spec.Size);
        Assert.Null(stored.Metadata.Labels);
        Assert.Null(stored.Metadata.Finalizers);
        Assert.Equal("Done", stored.Status.Phase);

        var patched = await _client.PatchStatusAsync<V1Widget>(
            new V1Patch("""{"spec":{"size":50},"status":{"phase":"Patched"}}""", V1Patch.PatchType.MergePatch), "st", ns);
        Assert.Equal(4, patched.Spec.Size);
        Assert.Equal("Patched", patched.Status.Phase);
        Assert.Equal("Patched", (await _client.GetStatusAsync<V1Widget>("st", ns)).Status.Phase);
    }

    [Fact]
    public async Task UpdateStatusAsync_StaleResourceVersion_ThrowsConflict()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var widget = await _client.CreateAsync(V1Widget.Create(ns, "sc"));
        var stale = await _client.GetAsync<V1Widget>("sc", ns);
        widget.Status.Phase = "A";
        await _client.UpdateStatusAsync(widget);
        stale!.Status.Phase = "B";
        await Assert.ThrowsAsync<Autorest.ConflictException>(() => _client.UpdateStatusAsync(stale));
    }
}
