using Kube.Client.Autorest;
using Kube.Client.KubernetesClient;
using Kube.Client.Models;

namespace Kube.Client.Tests.Contract;

[Collection(ContractCollection.Name)]
public sealed class ListContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetesClient _client = fixture.Client;

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
        foreach (var (name, labels) in items)
            await _client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, Labels = labels } });
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
        var names = (await _client.ListAsync<V1ConfigMap>(ns, selector)).Select(c => c.Metadata.Name).Order();
        Assert.Equal(expected, string.Join(',', names));
    }

    [Fact]
    public async Task List_FieldSelectorOnName_ReturnsThatObject()
    {
        var ns = await SeedAsync();
        var page = await _client.ListAsync<V1ConfigMap>(ns, new ListOptions { FieldSelector = "metadata.name=c" });
        Assert.Equal("c", Assert.Single(page.Items).Metadata.Name);
    }

    [Fact]
    public async Task List_LimitAndContinue_PagesThroughEverythingOnce()
    {
        var ns = await CreateSevenAsync();
        var first = await _client.ListAsync<V1ConfigMap>(ns, new ListOptions { Limit = 3 });
        Assert.Equal(3, first.Items.Count);
        Assert.False(string.IsNullOrEmpty(first.Metadata.Continue));
        var names = await RestAsync(ns, first);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"p{i}"), names);

        var all = await _client.ListAllAsync<V1ConfigMap>(ns, new ListOptions { Limit = 2 });
        Assert.Equal(7, all.Items.Count);
        Assert.False(string.IsNullOrEmpty(all.Metadata.ResourceVersion));
    }

    [Fact]
    public async Task List_ContinuePages_ComeFromTheFirstPagesSnapshot()
    {
        var ns = await CreateSevenAsync();
        var first = await _client.ListAsync<V1ConfigMap>(ns, new ListOptions { Limit = 3 });
        // kube-apiserver serves every page from the first page's resourceVersion (an etcd snapshot):
        // an object created after the first page must not appear on later pages.
        await _client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "p9-late", NamespaceProperty = ns } });
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"p{i}"), await RestAsync(ns, first));
    }

    private async Task<string> CreateSevenAsync()
    {
        var ns = await fixture.CreateNamespaceAsync();
        for (var i = 0; i < 7; i++)
            await _client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = $"p{i}", NamespaceProperty = ns } });
        return ns;
    }

    private async Task<List<string>> RestAsync(string ns, EntityList<V1ConfigMap> first)
    {
        var names = first.Items.Select(c => c.Metadata.Name!).ToList();
        var token = first.Metadata.Continue;
        while (!string.IsNullOrEmpty(token))
        {
            var page = await _client.ListAsync<V1ConfigMap>(ns, new ListOptions { Limit = 3, Continue = token });
            Assert.Equal(first.Metadata.ResourceVersion, page.Metadata.ResourceVersion);
            names.AddRange(page.Items.Select(c => c.Metadata.Name!));
            token = page.Metadata.Continue;
        }
        return names;
    }

    [Fact]
    [Trait(ContractCollection.Requires, ContractCollection.ServerHooks)]
    public async Task List_ContinueTokenOlderThanHistory_ThrowsGone()
    {
        var ns = await fixture.CreateNamespaceAsync();
        for (var i = 0; i < 3; i++)
            await _client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = $"e{i}", NamespaceProperty = ns } });
        var first = await _client.ListAsync<V1ConfigMap>(ns, new ListOptions { Limit = 1 });
        await _client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "e9", NamespaceProperty = ns } });
        fixture.Hooks.CompactHistory();
        await Assert.ThrowsAsync<GoneException>(() =>
            _client.ListAsync<V1ConfigMap>(ns, new ListOptions { Limit = 1, Continue = first.Metadata.Continue }));
    }
}
