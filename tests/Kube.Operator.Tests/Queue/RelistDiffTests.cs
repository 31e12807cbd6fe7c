using k8s.Models;
using Kube.Operator.Informer;

namespace Kube.Operator.Tests.Queue;

public sealed class RelistDiffTests
{
    private static V1ConfigMap Map(string name, string rv) =>
        new() { Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "ns", ResourceVersion = rv } };

    [Fact]
    public void Compute_AfterMissedEvents_SynthesizesOnlyTheDifference()
    {
        var cached = new Dictionary<ObjectKey, V1ConfigMap>
        {
            [new("ns", "same")] = Map("same", "1"),
            [new("ns", "changed")] = Map("changed", "2"),
            [new("ns", "gone")] = Map("gone", "3"),
        };
        var changes = RelistDiff.Compute(cached, [Map("same", "1"), Map("changed", "7"), Map("new", "8")]);
        Assert.Equal(
            ["Deleted gone", "Updated changed", "Added new"],
            changes.Select(c => $"{c.Type} {c.Current.Metadata.Name}"));
        Assert.Equal("2", changes[1].Old!.Metadata.ResourceVersion);
    }
}
