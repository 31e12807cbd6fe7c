using System.Text.Json.Nodes;
using Kube.TestApiServer.Internal;

namespace Kube.TestApiServer.Tests.Internal;

public sealed class TimeFieldsTests
{
    private static readonly ResourceType Lease = new("coordination.k8s.io", "v1", "leases", "lease", "Lease", true);
    private static readonly ResourceType Job = new("batch", "v1", "jobs", "job", "Job", true);
    private static readonly ResourceType Widget = new("example.org", "v1", "widgets", "widget", "Widget", true) { IsCustom = true };

    [Theory]
    [InlineData("2025-03-01T10:15:30Z", "2025-03-01T10:15:30Z")]
    [InlineData("2025-03-01T10:15:30.999999Z", "2025-03-01T10:15:30Z")]
    [InlineData("2025-03-01T10:15:30.123456789Z", "2025-03-01T10:15:30Z")]
    [InlineData("2025-03-01T12:15:30.5+02:00", "2025-03-01T10:15:30Z")]
    public void NormalizeTime_AnyRfc3339_IsUtcToTheSecond(string sent, string stored) =>
        Assert.Equal(stored, TimeFields.NormalizeTime(Job, sent));

    [Theory]
    [InlineData("2025-03-01T10:15:30.123456Z", "2025-03-01T10:15:30.123456Z")]
    [InlineData("2025-03-01T10:15:30.000000Z", "2025-03-01T10:15:30.000000Z")]
    [InlineData("2025-03-01T12:15:30.100000+02:00", "2025-03-01T10:15:30.100000Z")]
    public void NormalizeMicroTime_SixDigits_IsUtcSixDigits(string sent, string stored) =>
        Assert.Equal(stored, TimeFields.NormalizeMicroTime(Lease, sent));

    [Theory]
    [InlineData("2025-03-01T10:15:30Z", "cannot parse \"Z\" as \".000000\"")]
    [InlineData("2025-03-01T10:15:30.123Z", "cannot parse \".123Z\" as \".000000\"")]
    [InlineData("2025-03-01T10:15:30.123456789Z", "cannot parse \"789Z\" as \"Z07:00\"")]
    [InlineData("yesterday", "cannot parse \"yesterday\" as \"2006\"")]
    public void NormalizeMicroTime_NotSixDigits_IsBadRequestWithGosMessage(string sent, string tail)
    {
        var error = Assert.Throws<ApiException>(() => TimeFields.NormalizeMicroTime(Lease, sent));
        Assert.Equal(400, error.Code);
        Assert.Equal($"Lease in version \"v1\" cannot be handled as a Lease: parsing time \"{sent}\" as " +
            $"\"2006-01-02T15:04:05.000000Z07:00\": {tail}", error.Message);
    }

    [Fact]
    public void Normalize_BuiltIn_RewritesKnownPathsOnly()
    {
        var job = JsonNode.Parse("""
            {"metadata":{"annotations":{"startTime":"2025-03-01T10:15:30.5Z"}},
             "status":{"startTime":"2025-03-01T10:15:30.5Z","conditions":[{"type":"Complete","lastTransitionTime":"2025-03-01T10:15:31.25Z","lastProbeTime":null}]}}
            """)!.AsObject();
        TimeFields.Normalize(Job, job);
        Assert.Equal("2025-03-01T10:15:30Z", job["status"]!["startTime"]!.GetValue<string>());
        Assert.Equal("2025-03-01T10:15:31Z", job["status"]!["conditions"]![0]!["lastTransitionTime"]!.GetValue<string>());
        Assert.Null(job["status"]!["conditions"]![0]!["lastProbeTime"]);
        Assert.Equal("2025-03-01T10:15:30.5Z", job["metadata"]!["annotations"]!["startTime"]!.GetValue<string>());
    }

    [Fact]
    public void Normalize_CustomResource_LeavesDateTimeStringsAsSent()
    {
        var widget = JsonNode.Parse("""{"spec":{"renewTime":"2025-03-01T10:15:30Z"},"status":{"startTime":"2025-03-01T10:15:30.5Z"}}""")!.AsObject();
        TimeFields.Normalize(Widget, widget);
        Assert.Equal("""{"spec":{"renewTime":"2025-03-01T10:15:30Z"},"status":{"startTime":"2025-03-01T10:15:30.5Z"}}""", widget.ToJsonString());
    }
}
