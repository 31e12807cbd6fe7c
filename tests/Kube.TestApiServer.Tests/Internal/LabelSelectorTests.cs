using Kube.TestApiServer.Internal;

namespace Kube.TestApiServer.Tests.Internal;

public sealed class LabelSelectorTests
{
    private static readonly Dictionary<string, string> Labels = new() { ["app"] = "web", ["tier"] = "front", ["example.org/team"] = "a" };

    [Theory]
    [InlineData("", true)]
    [InlineData("app=web", true)]
    [InlineData("app = web", true)]
    [InlineData("app==web,tier=front", true)]
    [InlineData("app!=web", false)]
    [InlineData("missing!=x", true)]
    [InlineData("app in (api, web)", true)]
    [InlineData("app notin (api,web)", false)]
    [InlineData("example.org/team", true)]
    [InlineData("!example.org/team", false)]
    [InlineData("!missing", true)]
    [InlineData("missing=", false)]
    [InlineData("app,tier in (back)", false)]
    public void Parse_Matches(string selector, bool expected) =>
        Assert.Equal(expected, LabelSelector.Parse(selector).Matches(Labels));

    [Theory]
    [InlineData("app in (a")]
    [InlineData("=x")]
    [InlineData("-bad=x")]
    [InlineData("a,,b")]
    [InlineData("app > 1")]
    public void Parse_Malformed_Throws400(string selector)
    {
        var error = Assert.Throws<ApiException>(() => LabelSelector.Parse(selector).Matches(Labels));
        Assert.Equal(400, error.Code);
        Assert.Equal("BadRequest", error.Reason);
    }
}
