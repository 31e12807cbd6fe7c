using System.Net;
using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

[Collection(ContractCollection.Name)]
public sealed class ListContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetes _client = fixture.Client;

    private Task<V1ConfigMap> CreateAsync(string ns, string name, IDictionary<string, string>? labels = null) =>
        _client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = name, Labels = labels } }, ns);

    private async Task<string> SeedAsync()
    {
        var ns = await fixture.CreateNamespaceAsync();
        (string Name, Dictionary<string, string> Labels)[] items =
        [
            ("a", new() { ["app"] = "web", ["tier"] = "gold" }),
            ("b", new() { ["app"] = "web", ["tier"] = "silver" }),
            ("c", new() { ["app"] = "db" }),
            ("d", new() { ["tier"] = "bronze" }),
        ];
        foreach (var (name, labels) in items) await CreateAsync(ns, name, labels);
        return ns;
    }

    [Theory]
    [InlineData("app=web", "a,b")]
    [InlineData("app==web,tier=gold", "a")]
    [InlineData("app!=web", "c,d")]
    [InlineData("tier in (gold,bronze)", "a,d")]
    [InlineData("tier notin (gold)", "b,c,d")]
    [InlineData("tier", "a,b,d")]
    [InlineData("!tier", "c")]
    [InlineData("app=web,!tier", "")]
    public async Task List_LabelSelector_MatchesEqualityAndSetBasedRequirements(string selector, string expected)
    {
        var ns = await SeedAsync();
        var list = await _client.CoreV1.ListNamespacedConfigMapAsync(ns, labelSelector: selector);
        Assert.Equal(expected, string.Join(',', list.Items.Select(c => c.Metadata.Name).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task List_FieldSelectorOnName_ReturnsThatObject()
    {
        var ns = await SeedAsync();
        var page = await _client.CoreV1.ListNamespacedConfigMapAsync(ns, fieldSelector: "metadata.name=c");
        Assert.Equal("c", Assert.Single(page.Items).Metadata.Name);
    }

    [Fact]
    public async Task ListAndWatch_AllNamespaces_SeeEveryNamespace()
    {
        var ns1 = await fixture.CreateNamespaceAsync();
        var ns2 = await fixture.CreateNamespaceAsync();
        var marker = new Dictionary<string, string> { ["contract-run"] = ns1 };
        var start = (await _client.CoreV1.ListConfigMapForAllNamespacesAsync(labelSelector: $"contract-run={ns1}")).Metadata.ResourceVersion;
        await using var events = _client.CoreV1.WatchListConfigMapForAllNamespacesAsync(labelSelector: $"contract-run={ns1}",
            resourceVersion: start, onError: e => Assert.Fail($"watch error: {e}")).GetAsyncEnumerator();
        await CreateAsync(ns1, "x", marker);
        await CreateAsync(ns2, "y", marker);

        var list = await _client.CoreV1.ListConfigMapForAllNamespacesAsync(labelSelector: $"contract-run={ns1}");
        Assert.Equal(new[] { $"{ns1}/x", $"{ns2}/y" }.Order(StringComparer.Ordinal),
            list.Items.Select(c => $"{c.Metadata.NamespaceProperty}/{c.Metadata.Name}").Order(StringComparer.Ordinal));
        var seen = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)), "watch ended");
            seen.Add($"{events.Current.Item1} {events.Current.Item2.Metadata.NamespaceProperty}/{events.Current.Item2.Metadata.Name}");
        }
        Assert.Equal([$"Added {ns1}/x", $"Added {ns2}/y"], seen);
    }

    [Fact]
    public async Task DeleteCollection_WithLabelSelector_DeletesOnlyTheMatches()
    {
        var ns = await SeedAsync();
        var answer = await _client.CoreV1.DeleteCollectionNamespacedConfigMapAsync(ns, labelSelector: "app=web");
        // kube-apiserver answers with the list of deleted objects (or a Status); the package reads either as V1Status.
        Assert.Contains(answer.Kind, new[] { "ConfigMapList", "Status" });
        var left = await _client.CoreV1.ListNamespacedConfigMapAsync(ns);
        Assert.Equal("c,d", string.Join(',', left.Items.Select(c => c.Metadata.Name).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task List_LimitAndContinue_PagesThroughEverythingOnce()
    {
        var ns = await CreateSevenAsync();
        var first = await _client.CoreV1.ListNamespacedConfigMapAsync(ns, limit: 3);
        Assert.Equal(3, first.Items.Count);
        Assert.False(string.IsNullOrEmpty(first.Metadata.ContinueProperty));
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"p{i}"), await RestAsync(ns, first));

        var last = await _client.CoreV1.ListNamespacedConfigMapAsync(ns, limit: 7);
        Assert.True(string.IsNullOrEmpty(last.Metadata.ContinueProperty));
        Assert.False(string.IsNullOrEmpty(last.Metadata.ResourceVersion));
    }

    [Fact]
    public async Task List_ContinuePages_ComeFromTheFirstPagesSnapshot()
    {
        var ns = await CreateSevenAsync();
        var first = await _client.CoreV1.ListNamespacedConfigMapAsync(ns, limit: 3);
        // kube-apiserver serves every page from the first page's resourceVersion (an etcd snapshot):
        // an object created after the first page must not appear on later pages.
        await CreateAsync(ns, "p9-late");
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"p{i}"), await RestAsync(ns, first));
    }

    private async Task<string> CreateSevenAsync()
    {
        var ns = await fixture.CreateNamespaceAsync();
        for (var i = 0; i < 7; i++) await CreateAsync(ns, $"p{i}");
        return ns;
    }

    private async Task<List<string>> RestAsync(string ns, V1ConfigMapList first)
    {
        var names = first.Items.Select(c => c.Metadata.Name).ToList();
        var token = first.Metadata.ContinueProperty;
        while (!string.IsNullOrEmpty(token))
        {
            var page = await _client.CoreV1.ListNamespacedConfigMapAsync(ns, limit: 3, continueParameter: token);
            Assert.Equal(first.Metadata.ResourceVersion, page.Metadata.ResourceVersion);
            names.AddRange(page.Items.Select(c => c.Metadata.Name));
            token = page.Metadata.ContinueProperty;
        }
        return names;
    }

    [Fact]
    [Trait(ContractCollection.Requires, ContractCollection.ServerHooks)]
    public async Task List_ContinueTokenOlderThanHistory_ThrowsGone()
    {
        var ns = await fixture.CreateNamespaceAsync();
        for (var i = 0; i < 3; i++) await CreateAsync(ns, $"e{i}");
        var first = await _client.CoreV1.ListNamespacedConfigMapAsync(ns, limit: 1);
        await CreateAsync(ns, "e9");
        fixture.Hooks.CompactHistory();
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.Gone, () =>
            _client.CoreV1.ListNamespacedConfigMapAsync(ns, limit: 1, continueParameter: first.Metadata.ContinueProperty));
        Assert.Equal("Expired", status.Reason);
    }
}
