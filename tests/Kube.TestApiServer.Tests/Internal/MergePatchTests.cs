using System.Text.Json.Nodes;
using Kube.TestApiServer.Internal;

namespace Kube.TestApiServer.Tests.Internal;

public sealed class MergePatchTests
{
    [Theory]
    [InlineData("""{"a":"b"}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"b":"c"}""", """{"a":"b","b":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"a":null}""", """{}""")]
    [InlineData("""{"a":[{"b":"c"}]}""", """{"a":[1]}""", """{"a":[1]}""")]
    [InlineData("""{"a":{"b":"c"}}""", """{"a":{"b":"d","c":null}}""", """{"a":{"b":"d"}}""")]
    [InlineData("""{"a":"x"}""", """{"a":{"b":null,"c":1}}""", """{"a":{"c":1}}""")]
    public void Apply_Rfc7386Examples(string target, string patch, string expected) =>
        Assert.Equal(expected, MergePatch.Apply(JsonNode.Parse(target), JsonNode.Parse(patch))!.ToJsonString());
}
