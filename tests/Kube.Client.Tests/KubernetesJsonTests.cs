using Kube.Client.Models;

namespace Kube.Client.Tests;

public class KubernetesJsonTests
{
    [Fact]
    public void Serialize_ObjectMeta_CamelCaseNamespaceAndNoNulls()
    {
        var json = KubernetesJson.Serialize(new V1ConfigMap
        {
            Metadata = new V1ObjectMeta { Name = "a", NamespaceProperty = "ops", Labels = new Dictionary<string, string> { ["App.Name"] = "x" } },
            Data = new Dictionary<string, string> { ["Key"] = "v" },
        });
        Assert.Equal("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","namespace":"ops","labels":{"App.Name":"x"}},"data":{"Key":"v"}}""", json);
    }

    [Fact]
    public void Deserialize_UnknownFieldsAtEveryLevel_SurviveRoundTrip()
    {
        const string input = """{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j","futureMeta":1},"spec":{"backoffLimit":2,"futureSpec":{"a":[1,2]},"template":{"spec":{"containers":[{"name":"c","image":"i","resources":{"limits":{"cpu":"1"}}}],"futurePod":true}}},"futureTop":"x"}""";
        var job = KubernetesJson.Deserialize<V1Job>(input);
        job.Spec!.BackoffLimit = 3;
        var output = KubernetesJson.Serialize(job);
        Assert.Contains("\"futureMeta\":1", output);
        Assert.Contains("\"futureSpec\":{\"a\":[1,2]}", output);
        Assert.Contains("\"resources\":{\"limits\":{\"cpu\":\"1\"}}", output);
        Assert.Contains("\"futurePod\":true", output);
        Assert.Contains("\"futureTop\":\"x\"", output);
        Assert.Contains("\"backoffLimit\":3", output);
    }

    [Fact]
    public void Timestamps_TimeHasSecondsMicroTimeHasSixDigits()
    {
        var when = new DateTime(2025, 3, 1, 10, 15, 30, 123, DateTimeKind.Utc).AddTicks(4560);
        var lease = new V1Lease { Metadata = new V1ObjectMeta { Name = "l", CreationTimestamp = when }, Spec = new V1LeaseSpec { RenewTime = when } };
        var json = KubernetesJson.Serialize(lease);
        Assert.Contains("\"creationTimestamp\":\"2025-03-01T10:15:30Z\"", json);
        Assert.Contains("\"renewTime\":\"2025-03-01T10:15:30.123456Z\"", json);
        var back = KubernetesJson.Deserialize<V1Lease>(json);
        Assert.Equal(when, back.Spec!.RenewTime);
        Assert.Equal(DateTimeKind.Utc, back.Metadata.CreationTimestamp!.Value.Kind);
    }

    [Fact]
    public void Secret_Data_IsBase64OnTheWire()
    {
        var json = KubernetesJson.Serialize(new V1Secret { Metadata = new() { Name = "s" }, Data = new Dictionary<string, byte[]> { ["k"] = "hi"u8.ToArray() } });
        Assert.Contains("\"data\":{\"k\":\"aGk=\"}", json);
    }

    [Fact]
    public void Deserialize_StatusWithCauses_ReadsDetails()
    {
        var status = KubernetesJson.Deserialize<V1Status>("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","reason":"Invalid","details":{"name":"x","causes":[{"reason":"FieldValueInvalid","field":"spec.a"}]},"code":422}""");
        Assert.Equal(422, status.Code);
        Assert.Equal("spec.a", status.Details!.Causes![0].Field);
    }

    [Fact]
    public void Deserialize_ListItemsWithoutKind_DefaultsFromModel()
    {
        var list = KubernetesJson.Deserialize<EntityList<V1ConfigMap>>("""{"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"7","continue":"abc"},"items":[{"metadata":{"name":"a"}}]}""");
        Assert.Equal("7", list.Metadata.ResourceVersion);
        Assert.Equal("abc", list.Metadata.Continue);
        Assert.Equal("ConfigMap", list.Items[0].Kind);
    }
}
