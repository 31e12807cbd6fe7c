using System.Text.Json.Nodes;
using Charts.Tests.Support;

namespace Charts.Tests;

/// <summary>Every pod meets the restricted Pod Security Standard the images are built for.</summary>
public sealed class SecurityContextTests
{
    [Theory]
    [MemberData(nameof(Renders.All), MemberType = typeof(Renders))]
    public async Task Render_EveryContainer_IsRestricted(string valuesName)
    {
        var rendered = await Renders.GetAsync(valuesName);
        var podSpecs = rendered.Objects.Select(o => (Id: Rendered.Id(o), Spec: Rendered.PodSpec(o))).Where(p => p.Spec is not null).ToList();

        Assert.NotEmpty(podSpecs);
        foreach (var (id, spec) in podSpecs)
        {
            var pod = spec!["securityContext"]!;
            Assert.True(pod["runAsNonRoot"]?.GetValue<bool>() == true, $"{id}: pod runAsNonRoot");
            Assert.True(pod["runAsUser"]?.GetValue<long>() > 0, $"{id}: pod runAsUser");
            Assert.True(pod["seccompProfile"]?["type"]?.GetValue<string>() == "RuntimeDefault", $"{id}: pod seccompProfile");
            foreach (var forbidden in new[] { "hostNetwork", "hostPID", "hostIPC" })
                Assert.True(spec[forbidden] is null, $"{id}: {forbidden}");
            Assert.DoesNotContain(spec["volumes"]!.AsArray(), v => v!["hostPath"] is not null);

            var containers = spec["containers"]!.AsArray().Concat(spec["initContainers"]?.AsArray() ?? []).ToList();
            Assert.NotEmpty(containers);
            foreach (var container in containers)
            {
                var where = $"{id} container {container!["name"]}";
                var sc = container["securityContext"]!;
                Assert.True(sc["runAsNonRoot"]?.GetValue<bool>() == true, $"{where}: runAsNonRoot");
                Assert.True(sc["readOnlyRootFilesystem"]?.GetValue<bool>() == true, $"{where}: readOnlyRootFilesystem");
                Assert.True(sc["allowPrivilegeEscalation"]?.GetValue<bool>() == false, $"{where}: allowPrivilegeEscalation");
                Assert.True(sc["privileged"] is null, $"{where}: privileged");
                Assert.Equal(["ALL"], sc["capabilities"]!["drop"]!.AsArray().Select(c => c!.GetValue<string>()));
                Assert.True(sc["capabilities"]!["add"] is null, $"{where}: capabilities.add");
                Assert.True(sc["seccompProfile"]?["type"]?.GetValue<string>() == "RuntimeDefault", $"{where}: seccompProfile");
                AssertTmpIsEmptyDir(where, spec, container);
            }
        }
    }

    // A read-only root needs a writable /tmp (the Dockerfile's contract with the pod).
    private static void AssertTmpIsEmptyDir(string where, JsonNode spec, JsonNode container)
    {
        var mount = Assert.Single(container["volumeMounts"]!.AsArray(), m => m!["mountPath"]!.GetValue<string>() == "/tmp");
        var volumeName = mount!["name"]!.GetValue<string>();
        var volume = Assert.Single(spec["volumes"]!.AsArray(), v => v!["name"]!.GetValue<string>() == volumeName);
        Assert.True(volume!["emptyDir"] is JsonObject, $"{where}: /tmp volume {volumeName} is not an emptyDir");
    }
}
