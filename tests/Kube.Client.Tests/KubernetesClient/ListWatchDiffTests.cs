using Kube.Client.KubernetesClient;
using Kube.Client.Models;

namespace Kube.Client.Tests.KubernetesClient;

public class ListWatchDiffTests
{
    private static V1ConfigMap Cm(string name, string rv) =>
        new() { Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "n", ResourceVersion = rv } };

    private static string Key(V1ConfigMap c) => $"{c.Metadata.NamespaceProperty}/{c.Metadata.Name}";

    [Fact]
    public void Compute_ReList_DeletesVanishedAddsNewModifiesChangedInWriteOrder()
    {
        var known = new Dictionary<string, V1ConfigMap> { ["n/a"] = Cm("a", "5"), ["n/b"] = Cm("b", "6"), ["n/gone"] = Cm("gone", "4") };
        var changes = ListWatchDiff.Compute(known, [Cm("a", "5"), Cm("b", "12"), Cm("c", "10"), Cm("d", "9")], Key);
        Assert.Equal(["Deleted gone", "Added d", "Added c", "Modified b"],
            changes.Select(c => $"{c.Type} {c.Entity.Metadata.Name}"));
    }

    [Fact]
    public void Compute_NonNumericVersions_KeepsListOrder()
    {
        var changes = ListWatchDiff.Compute(new Dictionary<string, V1ConfigMap>(), [Cm("x", "b"), Cm("y", "a")], Key);
        Assert.Equal(["x", "y"], changes.Select(c => c.Entity.Metadata.Name));
    }

    [Fact]
    public void Compute_NothingChanged_IsEmpty() =>
        Assert.Empty(ListWatchDiff.Compute(new Dictionary<string, V1ConfigMap> { ["n/a"] = Cm("a", "1") }, [Cm("a", "1")], Key));
}
