using System.Text.Json;
using Kube.Client.KubernetesClient;
using Kube.Client.Models;

namespace Kube.Client.Tests.Contract;

[Collection(ContractCollection.Name)]
public sealed class RoundTripContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetesClient _client = fixture.Client;

    // Fields real servers know but our models do not define: the read-modify-write must carry them through.
    private const string JobJson = """
        {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"roundtrip"},
         "spec":{"backoffLimit":1,"suspend":true,"podReplacementPolicy":"Failed",
           "template":{"spec":{"restartPolicy":"Never","securityContext":{"runAsNonRoot":true,"runAsUser":1000},
             "containers":[{"name":"c","image":"registry.k8s.io/pause:3.9","resources":{"limits":{"cpu":"100m","memory":"32Mi"}}}]}}}}
        """;

    [Fact]
    public async Task Job_ReadChangedWrittenBack_KeepsFieldsTheModelDoesNotDefine()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var draft = KubernetesJson.Deserialize<V1Job>(JobJson);
        draft.Metadata.NamespaceProperty = ns;
        await _client.CreateAsync(draft);

        var read = await _client.GetAsync<V1Job>("roundtrip", ns);
        read!.Spec!.BackoffLimit = 4;
        await _client.UpdateAsync(read);

        var after = KubernetesJson.Serialize((await _client.GetAsync<V1Job>("roundtrip", ns))!);
        using var doc = JsonDocument.Parse(after);
        var spec = doc.RootElement.GetProperty("spec");
        Assert.Equal(4, spec.GetProperty("backoffLimit").GetInt32());
        Assert.Equal("Failed", spec.GetProperty("podReplacementPolicy").GetString());
        var pod = spec.GetProperty("template").GetProperty("spec");
        Assert.Equal(1000, pod.GetProperty("securityContext").GetProperty("runAsUser").GetInt32());
        Assert.Equal("100m", pod.GetProperty("containers")[0].GetProperty("resources").GetProperty("limits").GetProperty("cpu").GetString());
    }

    [Fact]
    public async Task Lease_MicroTime_RoundTrips()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var renew = new DateTime(2025, 3, 1, 10, 15, 30, DateTimeKind.Utc).AddTicks(1234560);
        var lease = await _client.CreateAsync(new V1Lease
        {
            Metadata = new V1ObjectMeta { Name = "leader", NamespaceProperty = ns },
            Spec = new V1LeaseSpec { HolderIdentity = "me", LeaseDurationSeconds = 15, RenewTime = renew, AcquireTime = renew },
        });
        Assert.Equal(renew, lease.Spec!.RenewTime);
        Assert.Equal(renew, (await _client.GetAsync<V1Lease>("leader", ns))!.Spec!.AcquireTime);
    }

    [Fact]
    public async Task SecretAndEvents_RoundTrip()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var secret = await _client.CreateAsync(new V1Secret
        {
            Metadata = new V1ObjectMeta { Name = "s", NamespaceProperty = ns },
            Data = new Dictionary<string, byte[]> { ["token"] = [0, 1, 2, 255] },
        });
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, secret.Data!["token"]);

        var regarding = new V1ObjectReference { ApiVersion = "v1", Kind = "Secret", Name = "s", NamespaceProperty = ns, Uid = secret.Metadata.Uid };
        var core = await _client.CreateAsync(new Corev1Event
        {
            Metadata = new V1ObjectMeta { Name = "s.1", NamespaceProperty = ns },
            InvolvedObject = regarding, Reason = "Tested", Message = "core event", Type = "Normal",
            Source = new V1EventSource { Component = "contract" },
        });
        Assert.Equal("Tested", core.Reason);
        var modern = await _client.CreateAsync(new Eventsv1Event
        {
            Metadata = new V1ObjectMeta { Name = "s.2", NamespaceProperty = ns },
            EventTime = DateTime.UtcNow, Regarding = regarding, Reason = "Tested", Note = "events.k8s.io event",
            Type = "Normal", Action = "Test", ReportingController = "contract.kube-client.test/suite", ReportingInstance = "suite-1",
        });
        Assert.Equal("events.k8s.io event", modern.Note);
    }
}
