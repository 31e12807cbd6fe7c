using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Charts.Tests.Support;

namespace Charts.Tests;

/// <summary>The chart's RBAC grants exactly what <see cref="OperatorPermissions"/> lists, and that list matches the code.</summary>
public sealed partial class RbacTests
{
    private const string OperatorName = $"{Helm.Release}-whatsapp-campaigns-operator";

    [Fact]
    public async Task ClusterRole_AllNamespaces_GrantsExactlyWhatTheOperatorCalls()
    {
        var rendered = await Renders.GetAsync("default");

        var clusterRole = rendered.Single("ClusterRole", "-operator");
        Assert.Equal(Expected(OperatorPermissions.Watched), Granted(clusterRole));
        Assert.DoesNotContain(rendered.OfKind("Role"), r => Rendered.Namespace(r) != Helm.Namespace);
        var binding = rendered.Single("ClusterRoleBinding", "-operator");
        Assert.Equal(Rendered.Name(clusterRole), binding["roleRef"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain(EnvOf(rendered), e => e.Name == "Operator__Namespace");
    }

    [Fact]
    public async Task Role_WatchNamespace_GrantsTheSameInThatNamespaceOnly()
    {
        var rendered = await Renders.GetAsync("watch-namespace.yaml");

        Assert.Empty(rendered.OfKind("ClusterRole"));
        Assert.Empty(rendered.OfKind("ClusterRoleBinding"));
        var role = Assert.Single(rendered.OfKind("Role"), r => Rendered.Namespace(r) == "campaigns");
        Assert.Equal(Expected(OperatorPermissions.Watched), Granted(role));
        Assert.Single(rendered.OfKind("RoleBinding"), b => Rendered.Namespace(b) == "campaigns");
        Assert.Equal("campaigns", EnvOf(rendered).Single(e => e.Name == "Operator__Namespace").Value);

        // Nothing anywhere else: the readiness probe lists sessions in the watched namespace too.
        Assert.All(rendered.OfKind("Role").Concat(rendered.OfKind("RoleBinding")),
            r => Assert.Contains(Rendered.Namespace(r), new[] { "campaigns", Helm.Namespace }));
    }

    [Theory]
    [InlineData("default", "wac-whatsapp-campaigns-leader")]
    [InlineData("all-features.yaml", "campaigns-leader")]
    [InlineData("watch-namespace.yaml", "wac-whatsapp-campaigns-leader")]
    public async Task Role_LeaderElection_GrantsOnlyThisReleasesLease(string valuesName, string leaseName)
    {
        var rendered = await Renders.GetAsync(valuesName);

        Assert.Equal(leaseName, EnvOf(rendered).Single(e => e.Name == "Operator__LeaderElectionLeaseName").Value);
        Assert.Equal(Helm.Namespace, EnvOf(rendered).Single(e => e.Name == "Operator__LeaderElectionNamespace").Value);
        var role = rendered.Single("Role", "-leader-election");
        Assert.Equal(Helm.Namespace, Rendered.Namespace(role));
        // create cannot be limited to a name (the object does not exist yet); get and update can.
        var expected = OperatorPermissions.Lease.SelectMany(p => p.Triples)
            .Select(t => (t.Group, t.Resource, t.Verb, t.Verb == "create" ? "" : leaseName)).ToHashSet();
        Assert.Equal(expected, Granted(role));
    }

    [Fact]
    public async Task Role_LeaderElectionOff_IsNotRendered()
    {
        var rendered = await Renders.GetAsync("mock-gateway.yaml");

        Assert.DoesNotContain(rendered.OfKind("Role"), r => Rendered.Name(r).EndsWith("-leader-election", StringComparison.Ordinal));
        Assert.Equal("false", EnvOf(rendered).Single(e => e.Name == "Operator__EnableLeaderElection").Value);
    }

    [Theory]
    [MemberData(nameof(Renders.All), MemberType = typeof(Renders))]
    public async Task Rules_NeverUseWildcardsOrNonResourceUrls(string valuesName)
    {
        var rendered = await Renders.GetAsync(valuesName);
        var roles = rendered.OfKind("Role").Concat(rendered.OfKind("ClusterRole")).ToList();

        Assert.NotEmpty(roles);
        foreach (var role in roles)
        {
            foreach (var rule in role["rules"]!.AsArray())
            {
                Assert.True(rule!["nonResourceURLs"] is null, $"{Rendered.Id(role)}: nonResourceURLs");
                foreach (var field in new[] { "apiGroups", "resources", "verbs", "resourceNames" })
                    Assert.DoesNotContain(rule[field]?.AsArray() ?? [], v => v!.GetValue<string>().Contains('*', StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Renders.All), MemberType = typeof(Renders))]
    public async Task Bindings_ReferenceRenderedRolesAndBindTheOperatorServiceAccount(string valuesName)
    {
        var rendered = await Renders.GetAsync(valuesName);
        var serviceAccount = rendered.Single("ServiceAccount", "-operator");
        Assert.Equal(Rendered.Name(serviceAccount),
            Rendered.PodSpec(rendered.Single("Deployment", "-operator"))!["serviceAccountName"]!.GetValue<string>());

        var bindings = rendered.OfKind("RoleBinding").Concat(rendered.OfKind("ClusterRoleBinding")).ToList();
        Assert.NotEmpty(bindings);
        foreach (var binding in bindings)
        {
            var roleRef = binding["roleRef"]!;
            var kind = roleRef["kind"]!.GetValue<string>();
            Assert.Single(rendered.OfKind(kind), r => Rendered.Name(r) == roleRef["name"]!.GetValue<string>()
                && Rendered.Namespace(r) == Rendered.Namespace(binding));
            var subject = Assert.Single(binding["subjects"]!.AsArray())!;
            Assert.Equal("ServiceAccount", subject["kind"]!.GetValue<string>());
            Assert.Equal(OperatorName, subject["name"]!.GetValue<string>());
            Assert.Equal(Helm.Namespace, subject["namespace"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Table_EveryRow_CitesCodeThatStillMakesTheCall()
    {
        foreach (var row in OperatorPermissions.All)
        {
            var path = RepoPaths.Of(row.Source);
            Assert.True(File.Exists(path), $"{row}: {row.Source} does not exist");
            Assert.True(File.ReadAllText(path).Contains(row.Evidence, StringComparison.Ordinal),
                $"{row.Source} no longer contains \"{row.Evidence}\": re-derive the permission of {row.Group}/{row.Resource} {row.Verbs}");
        }
    }

    [Fact]
    public void Table_EveryKindTheOperatorPassesToTheClient_HasARow()
    {
        // CrdInstaller (customresourcedefinitions) is Kube.Operator's, for local mode; the operator never calls it.
        Assert.DoesNotContain(SourceFiles("src/Operator"), f => File.ReadAllText(f).Contains("CrdInstaller", StringComparison.Ordinal));
        var files = SourceFiles("src/Operator").Concat(SourceFiles("src/Kube.Operator")
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Crds{Path.DirectorySeparatorChar}", StringComparison.Ordinal)));

        var used = files.SelectMany(f => ClientCall().Matches(File.ReadAllText(f)).Select(m => m.Groups["type"].Value))
            .Where(t => !t.StartsWith('T'))   // generic parameters (TEntity, TOwned): their kinds are the registrations
            .ToHashSet();

        Assert.Superset(new HashSet<string>(["V1WhatsAppCampaign", "V1Job", "V1Lease", "Corev1Event"]), used);  // the scan finds calls at all
        foreach (var type in used)
        {
            Assert.True(OperatorPermissions.ResourceOfType.TryGetValue(type, out var resource),
                $"the operator calls the API with {type}: add its permissions to OperatorPermissions and the chart");
            Assert.Contains(OperatorPermissions.All, p => p.Group == resource.Group && p.Resource == resource.Resource);
        }
    }

    private static HashSet<(string, string, string, string)> Expected(IEnumerable<OperatorPermission> rows) =>
        rows.SelectMany(r => r.Triples).Select(t => (t.Group, t.Resource, t.Verb, "")).ToHashSet();

    /// <summary>Every (group, resource, verb, resourceName or "") a Role or ClusterRole grants.</summary>
    private static HashSet<(string, string, string, string)> Granted(JsonObject role) =>
        role["rules"]!.AsArray().SelectMany(rule =>
            from g in Strings(rule!["apiGroups"])
            from r in Strings(rule["resources"])
            from v in Strings(rule["verbs"])
            from n in Strings(rule["resourceNames"]).DefaultIfEmpty("")
            select (g, r, v, n)).ToHashSet();

    private static IEnumerable<string> Strings(JsonNode? array) => (array?.AsArray() ?? []).Select(n => n!.GetValue<string>());

    private static IEnumerable<(string Name, string? Value)> EnvOf(Rendered rendered) =>
        Rendered.PodSpec(rendered.Single("Deployment", "-operator"))!["containers"]![0]!["env"]!.AsArray()
            .Select(e => (e!["name"]!.GetValue<string>(), e["value"]?.GetValue<string>()));

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(RepoPaths.Of(folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    // client.GetAsync<V1Job>(…), ListAllAsync<…>, WatchEventsAsync<…>, CreateAsync(new V1Lease …),
    // and the registrations whose kinds the informers list and watch.
    [GeneratedRegex(@"(?:(?:Get|List|ListAll|Create|Update|UpdateStatus|Patch|MergePatch|Delete|WatchEvents)Async<(?<type>\w+)>|(?:Create|Update)Async\(new (?<type>\w+)|AddController<\w+, (?<type>\w+)>|WatchOwned<\w+, (?<type>\w+)>|AddFinalizer<\w+, (?<type>\w+)>)")]
    private static partial Regex ClientCall();
}
