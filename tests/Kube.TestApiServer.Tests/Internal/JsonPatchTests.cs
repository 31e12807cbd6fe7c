using System.Text.Json.Nodes;
using Kube.TestApiServer.Internal;

namespace Kube.TestApiServer.Tests.Internal;

public sealed class JsonPatchTests
{
    private static string Apply(string document, string patch) =>
        JsonPatch.Apply(JsonNode.Parse(document)!.AsObject(), JsonNode.Parse(patch)!.AsArray()).ToJsonString();

    [Theory]
    [InlineData("""{"a":1}""", """[{"op":"add","path":"/b","value":2}]""", """{"a":1,"b":2}""")]
    [InlineData("""{"a":[1,2]}""", """[{"op":"add","path":"/a/1","value":9}]""", """{"a":[1,9,2]}""")]
    [InlineData("""{"a":[1,2]}""", """[{"op":"add","path":"/a/-","value":3}]""", """{"a":[1,2,3]}""")]
    [InlineData("""{"a":1,"b":2}""", """[{"op":"remove","path":"/a"}]""", """{"b":2}""")]
    [InlineData("""{"a":1}""", """[{"op":"replace","path":"/a","value":"x"}]""", """{"a":"x"}""")]
    [InlineData("""{"a":{"b":1}}""", """[{"op":"move","from":"/a/b","path":"/c"}]""", """{"a":{},"c":1}""")]
    [InlineData("""{"a":[1]}""", """[{"op":"copy","from":"/a","path":"/b"}]""", """{"a":[1],"b":[1]}""")]
    [InlineData("""{"x/y":1,"m~n":2}""", """[{"op":"test","path":"/x~1y","value":1},{"op":"remove","path":"/m~0n"}]""", """{"x/y":1}""")]
    public void Apply_Operations(string document, string patch, string expected) =>
        Assert.Equal(expected, Apply(document, patch));

    [Theory]
    [InlineData("""[{"op":"test","path":"/a","value":2}]""")]
    [InlineData("""[{"op":"remove","path":"/nope"}]""")]
    [InlineData("""[{"op":"replace","path":"/nope","value":1}]""")]
    [InlineData("""[{"op":"add","path":"/x/y","value":1}]""")]
    public void Apply_FailingOperation_ThrowsInvalidOperation(string patch) =>
        Assert.Throws<InvalidOperationException>(() => Apply("""{"a":1}""", patch));

    [Theory]
    [InlineData("""[{"path":"/a"}]""")]
    [InlineData("""[{"op":"add","path":"/a"}]""")]
    [InlineData("""[{"op":"jump","path":"/a"}]""")]
    [InlineData("""[1]""")]
    public void Apply_MalformedOperation_ThrowsFormat(string patch) =>
        Assert.Throws<FormatException>(() => Apply("""{"a":1}""", patch));
}
