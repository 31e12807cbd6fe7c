using System.Net;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

[Collection(ContractCollection.Name)]
public sealed class RoundTripContractTests(ApiServerFixture fixture)
{
    private readonly IKubernetes _client = fixture.Client;

    // Nested and less common fields: a read-modify-write through the typed models must carry them through.
    private const string JobJson = """
        {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"roundtrip"},
         "spec":{"backoffLimit":1,"suspend":true,"podReplacementPolicy":"Failed",
           "template":{"spec":{"restartPolicy":"Never","securityContext":{"runAsNonRoot":true,"runAsUser":1000},
             "containers":[{"name":"c","image":"registry.k8s.io/pause:3.9","resources":{"limits":{"cpu":"100m","memory":"32Mi"}}}]}}}}
        """;

    [Fact]
    public async Task Job_ReadChangedWrittenBack_KeepsNestedFields()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _client.BatchV1.CreateNamespacedJobAsync(KubernetesJson.Deserialize<V1Job>(JobJson), ns);

        var read = await _client.BatchV1.ReadNamespacedJobAsync("roundtrip", ns);
        read.Spec.BackoffLimit = 4;
        await _client.BatchV1.ReplaceNamespacedJobAsync(read, "roundtrip", ns);

        var after = KubernetesJson.Serialize(await _client.BatchV1.ReadNamespacedJobAsync("roundtrip", ns));
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
        var lease = await _client.CoordinationV1.CreateNamespacedLeaseAsync(new V1Lease
        {
            Metadata = new V1ObjectMeta { Name = "leader" },
            Spec = new V1LeaseSpec { HolderIdentity = "me", LeaseDurationSeconds = 15, RenewTime = renew, AcquireTime = renew },
        }, ns);
        Assert.Equal(renew, lease.Spec.RenewTime);
        Assert.Equal(renew, (await _client.CoordinationV1.ReadNamespacedLeaseAsync("leader", ns)).Spec.AcquireTime);
    }

    [Fact]
    public async Task SecretAndEvents_RoundTrip()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var secret = await _client.CoreV1.CreateNamespacedSecretAsync(new V1Secret
        {
            Metadata = new V1ObjectMeta { Name = "s" },
            Data = new Dictionary<string, byte[]> { ["token"] = [0, 1, 2, 255] },
        }, ns);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, secret.Data["token"]);
        Assert.Equal("Opaque", secret.Type);

        var regarding = new V1ObjectReference { ApiVersion = "v1", Kind = "Secret", Name = "s", NamespaceProperty = ns, Uid = secret.Metadata.Uid };
        var core = await _client.CoreV1.CreateNamespacedEventAsync(new Corev1Event
        {
            Metadata = new V1ObjectMeta { Name = "s.1" },
            InvolvedObject = regarding, Reason = "Tested", Message = "core event", Type = "Normal",
            Source = new V1EventSource { Component = "contract" },
        }, ns);
        Assert.Equal("Tested", core.Reason);
        var eventTime = new DateTime(2025, 3, 1, 10, 15, 30, DateTimeKind.Utc).AddTicks(5000);
        var modern = await _client.EventsV1.CreateNamespacedEventAsync(new Eventsv1Event
        {
            Metadata = new V1ObjectMeta { Name = "s.2" },
            EventTime = eventTime, Regarding = regarding, Reason = "Tested", Note = "events.k8s.io event",
            Type = "Normal", Action = "Test", ReportingController = "contract.kube-client.test/suite", ReportingInstance = "suite-1",
        }, ns);
        Assert.Equal("events.k8s.io event", modern.Note);
        Assert.Equal(eventTime, modern.EventTime);
    }

    [Fact]
    public async Task TimeFields_AreStoredToTheSecond_MicroTimeFieldsToTheMicrosecond()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var withFraction = new DateTime(2025, 3, 1, 10, 15, 30, DateTimeKind.Utc).AddTicks(1234560);
        var recorder = new ResponseRecorder();
        using var client = new Kubernetes(fixture.Config, recorder);
        var core = await client.CoreV1.CreateNamespacedEventAsync(Event("times", ns, withFraction), ns);
        Assert.Equal(withFraction.AddTicks(-1234560), core.FirstTimestamp);
        Assert.Equal(withFraction, core.EventTime);
        var body = Assert.Single(recorder.Answers).Body!;
        Assert.Contains("\"firstTimestamp\":\"2025-03-01T10:15:30Z\"", body, StringComparison.Ordinal);
        Assert.Contains("\"eventTime\":\"2025-03-01T10:15:30.123456Z\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MicroTime_OnAWholeSecond_AsThePackageWritesIt_IsRejected()
    {
        // kube-apiserver parses MicroTime with the layout 2006-01-02T15:04:05.000000Z07:00: exactly six
        // digits. KubernetesClient 21 writes a DateTime without a fraction as "…:30Z", so a Lease or Event
        // stamped on a whole second (a fake clock does that) is a 400 on a real server too.
        var ns = await fixture.CreateNamespaceAsync();
        var wholeSecond = new DateTime(2025, 3, 1, 10, 15, 30, DateTimeKind.Utc);
        var status = await ApiErrors.ThrowsAsync(HttpStatusCode.BadRequest, () => _client.CoordinationV1.CreateNamespacedLeaseAsync(new V1Lease
        {
            Metadata = new V1ObjectMeta { Name = "whole" },
            Spec = new V1LeaseSpec { HolderIdentity = "me", RenewTime = wholeSecond },
        }, ns));
        Assert.Contains("2006-01-02T15:04:05.000000Z07:00", status.Message, StringComparison.Ordinal);
        await ApiErrors.ThrowsAsync(HttpStatusCode.BadRequest, () => _client.CoreV1.CreateNamespacedEventAsync(Event("whole", ns, wholeSecond), ns));
    }

    private static Corev1Event Event(string name, string ns, DateTime time) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        InvolvedObject = new V1ObjectReference { ApiVersion = "v1", Kind = "Namespace", Name = ns },
        Reason = "Tested", Message = "times", Type = "Normal", Source = new V1EventSource { Component = "contract" },
        FirstTimestamp = time, LastTimestamp = time, EventTime = time,
        ReportingComponent = "contract", ReportingInstance = "suite-1", Action = "Test",
    };
}
