using Kube.TestApiServer.Internal;

namespace Kube.TestApiServer.Tests.Internal;

public sealed class YamlJsonTests
{
    [Fact]
    public void Parse_TypesScalarsLikeYaml12CoreSchema() =>
        Assert.Equal("""{"i":3,"f":1.5,"t":true,"n":null,"q":"3","s":"web","e":"","list":[1,"a"]}""",
            YamlJson.Parse("i: 3\nf: 1.5\nt: true\nn: ~\nq: \"3\"\ns: web\ne: ''\nlist: [1, a]\n")!.ToJsonString());

    [Fact]
    public void ParseAll_ReadsEveryDocument() =>
        Assert.Equal(2, YamlJson.ParseAll("a: 1\n---\nb: 2\n").Count);
}
