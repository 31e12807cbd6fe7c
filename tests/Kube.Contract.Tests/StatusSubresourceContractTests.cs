using System.Net;
using k8s.Models;

namespace Kube.Contract.Tests;

[Collection(ContractCollection.Name)]
public sealed class StatusSubresourceContractTests(ApiServerFixture fixture)
{
    private readonly CustomResources<V1Widget> _widgets = fixture.Widgets;

    [Fact]
    public async Task Generation_WithStatusSubresource_MovesOnSpecChangesOnly()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var widget = await _widgets.CreateAsync(V1Widget.Create(ns, "gen"));
        Assert.Equal(1, widget.Metadata.Generation);

        widget.Metadata.Labels = new Dictionary<string, string> { ["touched"] = "yes" };
        widget = await _widgets.ReplaceAsync(widget);
        Assert.Equal(1, widget.Metadata.Generation);

        widget.Status.Phase = "Running";
        widget = await _widgets.ReplaceStatusAsync(widget);
        Assert.Equal(1, widget.Metadata.Generation);
        Assert.Equal("Running", widget.Status.Phase);

        widget.Spec.Size = 2;
        widget = await _widgets.ReplaceAsync(widget);
        Assert.Equal(2, widget.Metadata.Generation);
    }

    [Fact]
    public async Task Generation_WithoutStatusSubresource_MovesOnStatusChangesToo()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var gadgets = fixture.Gadgets;
        var gadget = await gadgets.CreateAsync(new V1Gadget
        {
            Metadata = new V1ObjectMeta { Name = "g", NamespaceProperty = ns },
            Spec = new V1Gadget.GadgetSpec { Size = 1 },
        });
        Assert.Equal(1, gadget.Metadata.Generation);
        gadget.Status.Phase = "Changed";
        gadget = await gadgets.ReplaceAsync(gadget);
        Assert.Equal(2, gadget.Metadata.Generation);
        Assert.Equal("Changed", gadget.Status.Phase);
    }

    [Fact]
    public async Task MainResourceWrites_IgnoreStatus_AndCreateDropsIt()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var draft = V1Widget.Create(ns, "main");
        draft.Status.Phase = "FromCreate";
        var widget = await _widgets.CreateAsync(draft);
        Assert.Null(widget.Status.Phase);

        widget.Status.Phase = "Real";
        widget = await _widgets.ReplaceStatusAsync(widget);
        widget.Status.Phase = "FromMainPut";
        widget.Spec.Size = 3;
        widget = await _widgets.ReplaceAsync(widget);
        Assert.Equal("Real", widget.Status.Phase);
        Assert.Equal(3, widget.Spec.Size);

        widget = await _widgets.MergePatchAsync(ns, "main", new { status = new { phase = "FromMainPatch" } });
        Assert.Equal("Real", widget.Status.Phase);
    }

    [Fact]
    public async Task StatusWrites_IgnoreEverythingButStatus()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var widget = await _widgets.CreateAsync(V1Widget.Create(ns, "st", size: 4));
        widget.Spec.Size = 99;
        widget.Metadata.Labels = new Dictionary<string, string> { ["sneaky"] = "1" };
        widget.Metadata.Finalizers = ["example.org/sneaky"];
        widget.Status.Phase = "Done";
        widget.Status.ObservedGeneration = 1;
        var stored = await _widgets.ReplaceStatusAsync(widget);
        Assert.Equal(4, stored.Spec.Size);
        Assert.Null(stored.Metadata.Labels);
        Assert.Null(stored.Metadata.Finalizers);
        Assert.Equal("Done", stored.Status.Phase);

        var patched = await _widgets.PatchStatusAsync(
            new V1Patch("""{"spec":{"size":50},"status":{"phase":"Patched"}}""", V1Patch.PatchType.MergePatch), ns, "st");
        Assert.Equal(4, patched.Spec.Size);
        Assert.Equal("Patched", patched.Status.Phase);
        Assert.Equal("Patched", (await _widgets.GetStatusAsync(ns, "st")).Status.Phase);
    }

    [Fact]
    public async Task ReplaceStatus_StaleResourceVersion_ThrowsConflict()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var widget = await _widgets.CreateAsync(V1Widget.Create(ns, "sc"));
        var stale = await _widgets.GetAsync(ns, "sc");
        widget.Status.Phase = "A";
        await _widgets.ReplaceStatusAsync(widget);
        stale.Status.Phase = "B";
        await ApiErrors.ThrowsAsync(HttpStatusCode.Conflict, () => _widgets.ReplaceStatusAsync(stale));
    }

    [Fact]
    public async Task Status_OnResourceWithoutSubresource_ThrowsNotFound()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var gadget = await fixture.Gadgets.CreateAsync(new V1Gadget
        {
            Metadata = new V1ObjectMeta { Name = "nostatus", NamespaceProperty = ns },
            Spec = new V1Gadget.GadgetSpec { Size = 1 },
        });
        gadget.Status.Phase = "X";
        await ApiErrors.ThrowsAsync(HttpStatusCode.NotFound, () => fixture.Gadgets.ReplaceStatusAsync(gadget));
    }
}
