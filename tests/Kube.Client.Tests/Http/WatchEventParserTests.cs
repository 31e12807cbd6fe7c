using Kube.Client.Exceptions;
using Kube.Client.Http;

namespace Kube.Client.Tests.Http;

public class WatchEventParserTests
{
    [Fact]
    public void Parse_AddedEvent_ReturnsTypeObjectAndResourceVersion()
    {
        var (type, obj, rv) = WatchEventParser.Parse(
            """{"type":"ADDED","object":{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","resourceVersion":"1001"}}}""");
        Assert.Equal(WatchEventType.Added, type);
        Assert.Equal("1001", rv);
        Assert.Equal("a", obj.GetProperty("metadata").GetProperty("name").GetString());
    }

    [Fact]
    public void Parse_Bookmark_HasOnlyResourceVersion()
    {
        var (type, _, rv) = WatchEventParser.Parse(
            """{"type":"BOOKMARK","object":{"apiVersion":"v1","kind":"ConfigMap","metadata":{"resourceVersion":"1010"}}}""");
        Assert.Equal(WatchEventType.Bookmark, type);
        Assert.Equal("1010", rv);
    }

    [Fact]
    public void Parse_ErrorEventWith410_IsExpired()
    {
        var (type, obj, rv) = WatchEventParser.Parse(
            """{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 900 (950)","reason":"Expired","code":410}}""");
        Assert.Equal(WatchEventType.Error, type);
        Assert.Null(rv);
        var status = WatchEventParser.ParseStatus(obj);
        Assert.True(WatchEventParser.IsExpired(status));
        Assert.Equal("too old resource version: 900 (950)", status.Message);
    }

    [Fact]
    public void IsExpired_ReasonGoneWithoutCode_IsExpired() =>
        Assert.True(WatchEventParser.IsExpired(new Models.V1Status { Reason = "Gone" }));

    [Fact]
    public void IsExpired_InternalError_IsNot() =>
        Assert.False(WatchEventParser.IsExpired(new Models.V1Status { Reason = "InternalError", Code = 500 }));

    [Theory]
    [InlineData("""{"type":"ADDED","obj""")]
    [InlineData("""{"type":"ADDED"}""")]
    [InlineData("""{"type":"RENAMED","object":{}}""")]
    [InlineData("""[1,2]""")]
    public void Parse_MalformedLine_ThrowsClientException(string line) =>
        Assert.Throws<KubernetesClientException>(() => WatchEventParser.Parse(line));
}
